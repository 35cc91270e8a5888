package se.kundfokus.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.ScoringModel;
import se.kundfokus.analysis.SegmentMovements;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.store.Workspace;

class RunHistoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  private static GenerationSummary files;

  @BeforeAll
  static void generate() throws Exception {
    files =
        SampleCompany.generate(
            new GenerationOptions().withCustomers(400).withSeed(7), dir.resolve("data"), n -> {});
  }

  private static Workspace imported(String name) {
    Workspace workspace = Workspace.open(dir.resolve(name + ".duckdb"));
    Importer.run(
        workspace,
        ImportRequest.builder()
            .file(Table.CUSTOMERS, files.customersFile())
            .file(Table.SALES, files.salesFile())
            .file(Table.PROSPECTS, files.prospectsFile())
            .build(),
        ImportListener.NONE);
    return workspace;
  }

  private static final AnalysisOptions WITH_PAIN =
      new AnalysisOptions()
          .withModel(new ModelOptions().withPain(SampleCompany.painParameters(FileFormat.SWEDISH)));

  @Test
  void aSecondRunShowsWhoMovedBetweenSegments() {
    try (Workspace workspace = imported("moves")) {
      AnalysisResult first = Analyzer.analyze(workspace, new AnalysisOptions(), "test");
      assertThat(RunHistory.compare(workspace, first).movements()).isEmpty();
      assertThat(RunHistory.save(workspace, first, CLOCK)).isEqualTo(1);

      AnalysisResult second =
          RunHistory.compare(workspace, Analyzer.analyze(workspace, WITH_PAIN, "test"));
      long runId = RunHistory.save(workspace, second, CLOCK);

      assertThat(runId).isEqualTo(2);
      SegmentMovements movements = second.movements().orElseThrow();
      assertThat(movements.previousRun()).isEqualTo(1);
      assertThat(movements.previousAsOf()).isEqualTo(first.meta().asOf());
      assertThat(movements.previousRunAt()).isEqualTo(CLOCK.instant());
      Map<String, SegmentKey> before =
          first.customers().stream()
              .collect(Collectors.toMap(CustomerResult::customerId, CustomerResult::segment));
      long moved =
          second.customers().stream()
              .filter(c -> before.get(c.customerId()) != c.segment())
              .count();
      assertThat(moved).isPositive();
      assertThat(movements.movers()).hasSize((int) moved);
      assertThat(movements.flows().stream().mapToLong(SegmentMovements.Flow::customers).sum())
          .isEqualTo(moved);
      // Without pain the low-potential customers are served efficiently; with pain, those
      // without a need are deprioritised.
      assertThat(movements.flows())
          .anyMatch(
              f ->
                  f.from().equals(Optional.of(SegmentKey.SERVE_EFFICIENTLY))
                      && f.to() == SegmentKey.DEPRIORITISE);
      assertThat(movements.movers())
          .isSortedAccordingTo(
              java.util.Comparator.comparingDouble((SegmentMovements.Mover m) -> -m.revenue12m()));
      assertThat(RunHistory.latest(workspace).orElseThrow().runId()).isEqualTo(2);
    }
  }

  @Test
  void theStoredModelScoresProspectsAsTheRunDid() {
    try (Workspace workspace = imported("model")) {
      AnalysisResult result = Analyzer.analyze(workspace, WITH_PAIN, "test");
      RunHistory.save(workspace, result, CLOCK);

      StoredRun stored = RunHistory.latest(workspace).orElseThrow();
      List<ProspectResult> again = stored.model().scoreProspects(DuckDbEngine.of(workspace));

      assertThat(stored.asOf()).isEqualTo(result.meta().asOf());
      assertThat(stored.createdAt()).isEqualTo(CLOCK.instant());
      assertThat(again).isEqualTo(result.prospects());
      assertThat(stored.model()).isEqualTo(result.scoring());
    }
  }

  @Test
  void aSingleCompanyIsScoredFromItsAttributes() {
    try (Workspace workspace = imported("single")) {
      AnalysisResult result = Analyzer.analyze(workspace, WITH_PAIN, "test");
      ScoringModel model = result.scoring();

      ProspectResult lookalike =
          model.score(
              "x",
              Optional.of("Ny Verkstad AB"),
              model.profileOf(
                  "x", Map.of("industry_code", "25110", "sites", "4", "Ny inköpschef", "ja")));
      ProspectResult other =
          model.score(
              "y", Optional.empty(), model.profileOf("y", Map.of("industry_code", "47110")));

      assertThat(lookalike.fit()).as("%s", model.potential()).contains(100.0);
      assertThat(lookalike.segment()).isEqualTo(SegmentKey.PRIORITISE);
      assertThat(lookalike.pain()).contains(40.0);
      assertThat(other.fit()).contains(0.0);
      assertThat(ScoringModel.rank(List.of(other, lookalike)))
          .extracting(ProspectResult::prospectId, ProspectResult::rank)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("x", 1),
              org.assertj.core.groups.Tuple.tuple("y", 2));
    }
  }
}
