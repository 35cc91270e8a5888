package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.analysis.AnalysisListener;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.analysis.ChurnModel;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.engine.SqlRow;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.Workspace;

/**
 * The same analysis, once in DuckDB and once in Spark (local[2], the workspace's tables exported as
 * Parquet): the same customers in the same order in every list, every figure equal to 1e-6.
 */
class EngineEquivalenceIT {
  private static final double TOLERANCE = 1e-6;

  /**
   * The engines add up a customer's amounts in different orders, so sums and means differ in their
   * last bits (1e-16). Everything else absorbs that; the Gamma-Gamma fit of the sample does not:
   * spend hardly varies within a customer, so p runs to 1e5 along a ridge where the likelihood is
   * nearly flat, and the last bits move p, q and v by up to a fifth. They are compared by what the
   * data do pin down: the likelihood, and the mean spend p v / (q - 1) (see {@link
   * #fitsTheSameSpendModel}).
   */
  private static final List<String> NOT_IDENTIFIED = List.of("p", "q", "v");

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path workspace;
  private static AnalysisResult duckdb;
  private static AnalysisResult inSpark;
  private static List<String> duckdbOverview;
  private static List<String> sparkOverview;

  @BeforeAll
  static void analyseInBothEngines() throws Exception {
    workspace = SampleWorkspace.create(dir, 300);
    try (Workspace ws = Workspace.open(workspace)) {
      duckdb = Analyzer.analyze(ws, new AnalysisOptions(), "test");
      duckdbOverview = overview(DuckDbEngine.of(ws), duckdb.summary().asOf());
    }
    spark = TestSpark.start();
    try (SparkEngine engine = SparkEngine.overWorkspace(spark, workspace)) {
      inSpark =
          Analyzer.analyze(
              engine, new AnalysisOptions(), "test", Optional.empty(), AnalysisListener.NONE);
      sparkOverview = overview(engine, duckdb.summary().asOf());
    }
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void givesTheSameResultAsDuckDb() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode expected = mapper.readTree(JsonOutput.text(duckdb));
    JsonNode actual = mapper.readTree(JsonOutput.text(inSpark));
    for (JsonNode result : List.of(expected, actual)) {
      ((ObjectNode) result).remove("meta");
      ((ObjectNode) result.get("churn_model")).remove(NOT_IDENTIFIED);
    }
    assertThat(JsonDifferences.between(expected, actual, TOLERANCE)).isEmpty();
    // Not a vacuous comparison: the sample has something in every list.
    assertThat(duckdb.bestCustomers()).hasSize(10);
    assertThat(duckdb.outflow().leaving()).isNotEmpty();
    assertThat(duckdb.outflow().declining()).isNotEmpty();
    assertThat(duckdb.outflow().partial()).isNotEmpty();
    assertThat(duckdb.reactivation()).isNotEmpty();
    assertThat(duckdb.crossSell().rules()).isNotEmpty();
    assertThat(duckdb.crossSell().recommendations()).isNotEmpty();
    assertThat(duckdb.customers()).hasSize(300);
  }

  @Test
  void fitsTheSameSpendModel() {
    ChurnModel expected = duckdb.churnModel().orElseThrow();
    ChurnModel actual = inSpark.churnModel().orElseThrow();
    assertThat(meanSpend(actual)).isCloseTo(meanSpend(expected), withinPercentage(0.1));
    assertThat(actual.spendLogLikelihood().orElseThrow())
        .isCloseTo(expected.spendLogLikelihood().orElseThrow(), withinPercentage(1e-4));
  }

  private static double meanSpend(ChurnModel model) {
    return model.p().orElseThrow() * model.v().orElseThrow() / (model.q().orElseThrow() - 1);
  }

  @Test
  void keepsTheWorkspacesProvenance() {
    assertThat(inSpark.meta().counts())
        .usingRecursiveComparison()
        .ignoringFields("salesAmount")
        .isEqualTo(duckdb.meta().counts());
    assertThat(inSpark.meta().counts().salesAmount())
        .isCloseTo(duckdb.meta().counts().salesAmount(), within(1e-6));
    assertThat(inSpark.meta().imports()).isEqualTo(duckdb.meta().imports());
    assertThat(inSpark.meta().dataFingerprint()).isEqualTo(duckdb.meta().dataFingerprint());
  }

  @Test
  void runsTheOverviewQueriesAlike() {
    assertThat(sparkOverview).isEqualTo(duckdbOverview).hasSizeGreaterThan(10);
  }

  /** The overview's queries (the demo runs them in DuckDB only), in words. */
  private static List<String> overview(SqlEngine engine, LocalDate asOf) {
    List<String> lines =
        new ArrayList<>(
            engine.query(
                "analysis/revenue_by_year.sql",
                List.of(),
                r ->
                    r.integer("year")
                        + " "
                        + r.integer("lines")
                        + " "
                        + r.integer("customers")
                        + " "
                        + cents(r, "revenue")));
    lines.addAll(
        engine.query(
            "analysis/top_customers.sql",
            List.of(asOf, asOf, 10L),
            r ->
                r.string("customer_id")
                    + " "
                    + r.optionalString("name").orElse("-")
                    + " "
                    + cents(r, "revenue")
                    + " "
                    + r.integer("invoices")
                    + " "
                    + r.date("last_purchase")));
    return lines;
  }

  private static long cents(SqlRow row, String column) {
    return Math.round(row.number(column) * 100);
  }
}
