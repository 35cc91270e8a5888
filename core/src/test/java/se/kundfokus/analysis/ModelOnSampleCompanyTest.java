package se.kundfokus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.Parameter;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.store.Workspace;

/**
 * Steps 2–4 on sample companies of 2,000 customers for several seeds, against the planted truth:
 * the proposed parameters are the planted spend drivers and nothing else, prospects that share the
 * drivers rank above those that do not, and in the backtest the prioritised segment grows more than
 * every other.
 */
class ModelOnSampleCompanyTest {
  private static final int CUSTOMERS = 2000;

  @TempDir static Path dir;
  private static final Map<Long, Sample> samples = new ConcurrentHashMap<>();

  private record Sample(AnalysisResult result, JsonNode truth) {}

  private static Sample sample(long seed) throws Exception {
    Sample cached = samples.get(seed);
    if (cached != null) {
      return cached;
    }
    GenerationSummary files =
        SampleCompany.generate(
            new GenerationOptions().withCustomers(CUSTOMERS).withSeed(seed),
            dir.resolve("seed" + seed),
            n -> {});
    AnalysisOptions options =
        new AnalysisOptions()
            .withModel(
                new ModelOptions().withPain(SampleCompany.painParameters(FileFormat.SWEDISH)));
    Sample made;
    try (Workspace workspace = Workspace.open(dir.resolve("seed" + seed + ".duckdb"))) {
      Importer.run(
          workspace,
          ImportRequest.builder()
              .file(Table.CUSTOMERS, files.customersFile())
              .file(Table.SALES, files.salesFile())
              .file(Table.PROSPECTS, files.prospectsFile())
              .build(),
          ImportListener.NONE);
      AnalysisResult result = Analyzer.analyze(workspace, options, "test");
      result = Analyzer.backtest(DuckDbEngine.of(workspace), result, options, "test");
      made = new Sample(result, new ObjectMapper().readTree(files.truthFile().toFile()));
    }
    samples.put(seed, made);
    return made;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void proposesExactlyThePlantedDrivers(long seed) throws Exception {
    Sample sample = sample(seed);
    List<Parameter> proposal = sample.result().characteristics().proposal();

    // truth.json: SNI division 25 or 28, and 3 or more sites.
    assertThat(sample.truth().at("/drivers/0/rule").asText())
        .isEqualTo("SNI division 25 or 28 (the first two digits of the code)");
    assertThat(sample.truth().at("/drivers/1/rule").asText()).isEqualTo(">= 3");
    assertThat(proposal)
        .extracting(p -> p.attribute() + " " + p.rule())
        .containsExactlyInAnyOrder("sni_division in 25, 28", "sites >= 3");
    Set<String> noise = new HashSet<>();
    sample.truth().get("noise_attributes").forEach(n -> noise.add(n.get("column").asText()));
    noise.add("region");
    assertThat(noise).contains("Bolagsform", "Kundansvarig");
    for (AttributeEvidence e : sample.result().characteristics().attributes()) {
      if (noise.contains(e.attribute())) {
        assertThat(e.status()).as(e.attribute()).isNotEqualTo(AttributeEvidence.Status.PROPOSED);
      }
    }
    assertThat(sample.result().potential().source()).isEqualTo("proposal");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void prospectsThatShareTheDriversRankAboveThoseThatDoNot(long seed) throws Exception {
    Sample sample = sample(seed);
    Set<String> lookalikes = new HashSet<>();
    sample.truth().get("prospects_lookalike").forEach(p -> lookalikes.add(p.asText()));
    List<ProspectResult> ranked = sample.result().prospects();

    assertThat(ranked).hasSize(sample.truth().get("prospects").asInt());
    double worstLookalike =
        ranked.stream()
            .filter(p -> lookalikes.contains(p.prospectId()))
            .mapToDouble(p -> p.fit().orElseThrow())
            .min()
            .orElseThrow();
    double bestOther =
        ranked.stream()
            .filter(p -> !lookalikes.contains(p.prospectId()))
            .mapToDouble(p -> p.fit().orElseThrow())
            .max()
            .orElseThrow();
    assertThat(worstLookalike).isGreaterThan(bestOther);
    assertThat(ranked.subList(0, lookalikes.size()))
        .allMatch(p -> lookalikes.contains(p.prospectId()));
    assertThat(ranked.get(0).reasons().potential().get(0))
        .startsWith("meets SNI division: 25 or 28");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void thePrioritisedSegmentGrowsMostInTheBacktest(long seed) throws Exception {
    Backtest backtest = sample(seed).result().backtest().orElseThrow();

    double prioritised =
        backtest.segments().stream()
            .filter(s -> s.segment() == SegmentKey.PRIORITISE)
            .findFirst()
            .orElseThrow()
            .growth()
            .orElseThrow();
    for (Backtest.SegmentOutcome other : backtest.segments()) {
      if (other.segment() != SegmentKey.PRIORITISE) {
        assertThat(prioritised)
            .as(other.segment().key())
            .isGreaterThan(other.growth().orElseThrow());
      }
    }
    assertThat(backtest.prioritisedLift().orElseThrow()).isGreaterThan(1.0);
    assertThat(backtest.fitAuc().orElseThrow().value()).isGreaterThan(0.5);
    assertThat(backtest.outflowAuc().orElseThrow().value()).isGreaterThan(0.8);
    assertThat(backtest.from()).isEqualTo(backtest.to().minusMonths(12));
  }

  @ParameterizedTest
  @ValueSource(longs = {1})
  void everyCustomerAndProspectHasASegmentWithItsReasons(long seed) throws Exception {
    AnalysisResult result = sample(seed).result();

    // A company of the register without any sales line has no facts to place it by, and says so.
    long withoutSales = (long) CUSTOMERS - result.customers().size();
    assertThat(withoutSales).isBetween(0L, 5L);
    if (withoutSales > 0) {
      assertThat(result.notes())
          .anyMatch(n -> n.contains("of the customer register ha") && n.contains("no sales lines"));
    }
    assertThat(result.customers())
        .allSatisfy(
            c -> {
              assertThat(c.segment()).isNotEqualTo(SegmentKey.NOT_SEGMENTED);
              assertThat(c.fit()).isPresent();
              assertThat(c.pain()).isPresent();
              assertThat(c.reasons().potential()).hasSize(3);
              assertThat(c.reasons().pain()).hasSize(3);
            });
    long inSegments = result.segments().stream().mapToLong(SegmentSummary::customers).sum();
    assertThat(inSegments).isEqualTo(result.customers().size());
    assertThat(result.segments().stream().mapToLong(SegmentSummary::prospects).sum())
        .isEqualTo(result.prospects().size());
  }
}
