package se.kundfokus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.Workspace;

class AnalyzerTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @TempDir static Path sampleDir;
  private static AnalysisResult sample;
  private static JsonNode truth;

  @BeforeAll
  static void analyseTheSampleCompany() throws Exception {
    GenerationSummary files =
        SampleCompany.generate(new GenerationOptions(), sampleDir.resolve("data"), n -> {});
    try (Workspace workspace = Workspace.open(sampleDir.resolve("ws.duckdb"))) {
      Importer.run(
          workspace,
          ImportRequest.builder()
              .file(Table.CUSTOMERS, files.customersFile())
              .file(Table.SALES, files.salesFile())
              .build(),
          ImportListener.NONE);
      sample = Analyzer.analyze(workspace, new AnalysisOptions(), "test");
    }
    truth = new ObjectMapper().readTree(files.truthFile().toFile());
  }

  @Test
  void findsThePlantedChurnersAmongTheLeavingCustomers() {
    Set<String> churned = ids("churned");
    List<String> leaving =
        sample.outflow().leaving().stream().map(LeavingCustomer::customerId).toList();
    assertThat(share(leaving, churned::contains)).isGreaterThanOrEqualTo(0.75);
    assertThat(leaving.stream().filter(churned::contains).count())
        .isGreaterThanOrEqualTo((long) Math.ceil(0.9 * churned.size()));
  }

  @Test
  void topDecliningCustomersArePlantedDeclinersOrChurners() {
    Set<String> planted = ids("declining");
    planted.addAll(ids("churned"));
    List<String> declining =
        sample.outflow().declining().stream().map(DecliningCustomer::customerId).toList();
    assertThat(declining).hasSizeGreaterThanOrEqualTo(30);
    assertThat(share(declining.subList(0, 30), planted::contains)).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void stoppedProductGroupsArePlantedOrBelongToLeavingCustomers() {
    Set<String> plantedPairs = new HashSet<>();
    truth
        .get("partial_outflow")
        .forEach(
            p ->
                plantedPairs.add(
                    p.get("customer_id").asText() + "|" + p.get("product_group").asText()));
    Set<String> outflowCustomers = ids("declining");
    outflowCustomers.addAll(ids("churned"));
    List<PartialOutflow> partial = sample.outflow().partial();
    long explained =
        partial.stream()
            .filter(
                p ->
                    plantedPairs.contains(p.customerId() + "|" + p.productGroup())
                        || outflowCustomers.contains(p.customerId()))
            .count();
    assertThat((double) explained / partial.size()).isGreaterThanOrEqualTo(0.6);
    assertThat(partial)
        .allSatisfy(p -> assertThat(p.chanceAtUsualRate()).isLessThanOrEqualTo(0.01));
  }

  @Test
  void lapsedCustomersHaveStoppedBuying() {
    Set<String> stopped = ids("lapsed");
    stopped.addAll(ids("bgnbd_dropouts"));
    List<String> lapsed = sample.reactivation().stream().map(LapsedCustomer::customerId).toList();
    assertThat(share(lapsed, stopped::contains)).isGreaterThanOrEqualTo(0.9);
    assertThat(lapsed.stream().filter(ids("lapsed")::contains).count())
        .isEqualTo(ids("lapsed").size());
  }

  @Test
  void thePlantedCoBoughtGroupsAreTheStrongestRules() {
    Set<Set<String>> planted = new HashSet<>();
    truth
        .get("co_bought")
        .forEach(
            p -> planted.add(Set.of(p.get("antecedent").asText(), p.get("consequent").asText())));
    List<CrossSellRule> rules = sample.crossSell().rules();
    assertThat(rules).as(rules.toString()).hasSizeGreaterThanOrEqualTo(2 * planted.size());
    // Lift is symmetric: each planted pair leads the list in both directions.
    assertThat(
            rules.subList(0, 2 * planted.size()).stream()
                .map(r -> Set.of(r.antecedent(), r.consequent()))
                .distinct())
        .as(rules.toString())
        .containsExactlyInAnyOrderElementsOf(planted);
    truth
        .get("co_bought")
        .forEach(
            p -> {
              CrossSellRule rule =
                  rules.stream()
                      .filter(
                          r ->
                              r.antecedent().equals(p.get("antecedent").asText())
                                  && r.consequent().equals(p.get("consequent").asText()))
                      .findFirst()
                      .orElseThrow();
              assertThat(rule.confidence()).isCloseTo(p.get("confidence").asDouble(), within(0.06));
              assertThat(rule.pValue()).isLessThan(1e-6);
            });
  }

  @Test
  void recommendsThePlantedConsequentsToTheCustomersWhoLackThem() {
    Set<String> candidates = new HashSet<>();
    truth
        .get("cross_sell_candidates")
        .forEach(
            c ->
                candidates.add(
                    c.get("customer_id").asText() + "|" + c.get("product_group").asText()));
    Set<String> consequents = new HashSet<>();
    truth.get("co_bought").forEach(p -> consequents.add(p.get("consequent").asText()));
    List<String> offered =
        sample.crossSell().recommendations().stream()
            .filter(r -> consequents.contains(r.productGroup()))
            .map(r -> r.customerId() + "|" + r.productGroup())
            .toList();
    assertThat(share(offered, candidates::contains)).isGreaterThanOrEqualTo(0.9);
    Set<String> active = new HashSet<>();
    sample.customers().stream()
        .map(CustomerResult::facts)
        .filter(CustomerFacts::active)
        .forEach(c -> active.add(c.customerId()));
    List<String> activeCandidates =
        candidates.stream().filter(c -> active.contains(c.substring(0, c.indexOf('|')))).toList();
    assertThat(share(activeCandidates, Set.copyOf(offered)::contains)).isGreaterThanOrEqualTo(0.8);
    assertThat(sample.summary().crossSellPotential())
        .isCloseTo(
            sample.crossSell().recommendations().stream()
                .mapToDouble(CrossSellRecommendation::expectedYearlyValue)
                .sum(),
            within(0.01))
        .isPositive();
  }

  @Test
  void bestCustomersShowTheirScoreParts() {
    assertThat(sample.bestCustomers()).hasSize(BestCustomerOptions.DEFAULT_COUNT);
    BestCustomer first = sample.bestCustomers().get(0);
    assertThat(first.parts())
        .extracting(BestCustomer.ScorePart::name)
        .containsExactly("revenue_12m", "margin_12m", "growth", "orders_12m", "product_groups_12m");
    assertThat(first.parts().stream().mapToDouble(BestCustomer.ScorePart::points).sum())
        .isCloseTo(first.score(), within(0.05));
    assertThat(sample.bestCohort())
        .hasSize((int) Math.ceil(0.2 * sample.summary().activeCustomers()))
        .startsWith(first.customerId());
  }

  @Test
  void reportsTheChurnModel() {
    ChurnModel model = sample.churnModel().orElseThrow();
    assertThat(model.timeUnit()).isEqualTo("weeks");
    assertThat(model.customers()).isEqualTo(1000);
    assertThat(model.logLikelihood()).isNegative();
    assertThat(sample.meta().dataFingerprint()).startsWith("sha256:");
  }

  @Test
  void resultFollowsTheSchemaInTheRepository() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                Objects.requireNonNull(
                    AnalyzerTest.class.getResourceAsStream("/schema/analysis-result.schema.json")));
    JsonNode json = new ObjectMapper().readTree(JsonOutput.text(sample));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.get("churn_model").get("time_unit").asText()).isEqualTo("weeks");

    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("summary");
    assertThat(schema.validate(json))
        .extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("summary"));
  }

  @Test
  void computesExactFactsOnAHandMadeWorkspace(@TempDir Path dir) throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      workspace.transaction(
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO sales (invoice_id, date, customer_id, product_group, amount, cost,"
                        + " source_line) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
              Object[][] rows = {
                // A: 1,000 a year ago, 400 this year: declining, but only 2 orders against 3
                {"1", "2024-03-01", "A", "Verktyg", 300.0, 200.0},
                {"2", "2024-06-01", "A", "Verktyg", 300.0, 200.0},
                {"3", "2024-09-01", "A", "Verktyg", 400.0, 300.0},
                {"4", "2025-03-01", "A", "Verktyg", 200.0, 100.0},
                {"5", "2025-09-01", "A", "Hydraulik", 200.0, 100.0},
                // B: 9,000 this year, nothing before; a credit note
                {"6", "2025-02-01", "B", "Verktyg", 5000.0, 4000.0},
                {"7", "2025-11-01", "B", "Svetsning", 4500.0, 3000.0},
                {"8", "2025-11-15", "B", "Svetsning", -500.0, -300.0},
                // C: lapsed, last bought 2024-06-30
                {"9", "2024-06-30", "C", "Verktyg", 800.0, 500.0},
              };
              for (Object[] row : rows) {
                insert.setString(1, (String) row[0]);
                insert.setObject(2, LocalDate.parse((String) row[1]));
                insert.setString(3, (String) row[2]);
                insert.setString(4, (String) row[3]);
                insert.setDouble(5, (Double) row[4]);
                insert.setDouble(6, (Double) row[5]);
                insert.executeUpdate();
              }
            }
            return 9;
          });
      AnalysisResult result =
          Analyzer.analyze(workspace, new AnalysisOptions().withAsOf(AS_OF), "test");

      CustomerFacts a = fact(result, "A");
      assertThat(a.revenue12m()).isEqualTo(400.0);
      assertThat(a.revenuePrevious12m()).isEqualTo(1000.0);
      assertThat(a.growth()).hasValueSatisfying(g -> assertThat(g).isCloseTo(-0.6, within(1e-9)));
      assertThat(a.margin12m()).contains(200.0);
      assertThat(a.orders12m()).isEqualTo(2);
      assertThat(a.ordersPrevious12m()).isEqualTo(3);
      assertThat(a.productGroups12m()).isEqualTo(2);
      assertThat(a.recencyDays()).isEqualTo(121);
      assertThat(a.averageOrderValue()).contains(200.0);

      CustomerFacts b = fact(result, "B");
      assertThat(b.revenue12m()).isEqualTo(9000.0);
      assertThat(b.growth()).isEmpty();
      assertThat(b.orders12m()).isEqualTo(2);
      assertThat(b.abcClass()).isEqualTo("A");
      assertThat(b.revenueShare()).isCloseTo(9000.0 / 9400.0, within(1e-9));
      assertThat(a.abcClass()).isEqualTo("C");

      // A's drop of 60 % is on 2 orders against 3: 42 % likely by chance, so not reported.
      assertThat(result.outflow().declining()).isEmpty();
      assertThat(Poisson.atMost(2, 3.0)).isCloseTo(0.4232, within(1e-4));

      assertThat(result.reactivation())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.customerId()).isEqualTo("C");
                assertThat(c.lastPurchase()).isEqualTo(LocalDate.of(2024, 6, 30));
                assertThat(c.yearlyRevenueBefore()).isEqualTo(800.0);
                assertThat(c.usedToBuy())
                    .containsExactly(new LapsedCustomer.GroupRevenue("Verktyg", 800.0));
              });
      assertThat(result.summary().revenue12m()).isEqualTo(9400.0);
      assertThat(result.notes())
          .contains(
              "the sales lines start on 2024-03-01; comparing the last 12 months with the 12"
                  + " before needs sales from 2024-01-01, so growth and declining customers rest on"
                  + " less than a full year before");
      assertThat(result.summary().reactivationPotential()).isEqualTo(800.0);
    }
  }

  private static CustomerFacts fact(AnalysisResult result, String id) {
    return result.customers().stream()
        .map(CustomerResult::facts)
        .filter(f -> f.customerId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> ids(String field) {
    Set<String> ids = new HashSet<>();
    truth.get(field).forEach(n -> ids.add(n.asText()));
    return ids;
  }

  private static double share(List<String> ids, Predicate<String> planted) {
    return ids.isEmpty() ? 0 : (double) ids.stream().filter(planted).count() / ids.size();
  }
}
