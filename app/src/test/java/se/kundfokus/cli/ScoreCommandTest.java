package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.CliResult;

/**
 * {@code score}, and what {@code analyze} adds after the first run: the movements since the last
 * run and the backtest. The tests run in order on one workspace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoreCommandTest {
  @TempDir static Path dir;
  private static Path workspace;
  private static Path data;

  @BeforeAll
  static void importASampleCompany() {
    data = dir.resolve("data");
    assertThat(Cli.run("generate", "--customers", "400", "--seed", "5", "--out", data.toString()))
        .hasExitCode(ExitCodes.OK);
    workspace = dir.resolve("ws.duckdb");
    assertThat(
            Cli.run(
                "import",
                "--workspace",
                workspace.toString(),
                "--customers",
                data.resolve("kunder.csv").toString(),
                "--sales",
                data.resolve("fakturarader.csv").toString(),
                "--prospects",
                data.resolve("prospekt.csv").toString()))
        .hasExitCode(ExitCodes.OK);
  }

  @Test
  @Order(1)
  void scoringNeedsAStoredAnalysis() {
    CliResult result = Cli.run("score", "--workspace", workspace.toString(), "--attr", "sites=3");

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: the workspace "
                + workspace
                + " holds no analysis yet to score against; run kundfokus analyze first\n"
                + "Try 'kundfokus score --help'.\n");
  }

  @Test
  @Order(2)
  void theFirstAnalysisIsStoredAndTheSecondShowsWhoMoved() {
    assertThat(Cli.run("analyze", "--workspace", workspace.toString())).hasExitCode(ExitCodes.OK);

    CliResult again = Cli.run("analyze", "--workspace", workspace.toString());

    assertThat(again).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(again.stdout())
        .contains("\nSince run 1 (as of 2025-12-31): 0 customers in another segment.\n");
  }

  @Test
  @Order(3)
  void scoresOneCompanyWithItsReasons() {
    CliResult result =
        Cli.run(
            "score",
            "--workspace",
            workspace.toString(),
            "--attr",
            "industry_code=25110",
            "--attr",
            "Sites=4",
            "--name",
            "Ny Verkstad AB");

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(0))
        .matches("Model of run 2 \\(as of 2025-12-31\\): .*Sites >= 3 \\(\\d+ points\\).*\\.");
    assertThat(lines.get(1))
        .matches("Ny Verkstad AB: fit \\d+, potential [\\d,]+ a year, pain -: .*\\.");
    assertThat(lines).contains("  - meets Sites: 3 or more (+" + points(lines.get(0)) + " points)");
  }

  @Test
  @Order(4)
  void aCompanysAttributeMustBeKnown() {
    CliResult result =
        Cli.run("score", "--workspace", workspace.toString(), "--attr", "branch=25110");

    assertThat(result).hasExitCode(ExitCodes.USAGE);
    assertThat(result.stderr())
        .startsWith(
            "kundfokus: --attr branch: 'branch' is not an attribute of the customers (expected one"
                + " of industry_code, sni_division, sni_section, employees,");
  }

  @Test
  @Order(5)
  void scoresAFileOfProspectsAndWritesThemAsJson() throws Exception {
    Path json = dir.resolve("scored.json");

    CliResult result =
        Cli.run(
            "score",
            "--workspace",
            workspace.toString(),
            "--prospects",
            data.resolve("prospekt.csv").toString(),
            "--top",
            "3",
            "--json",
            json.toString());

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(1)).isEqualTo("200 prospects scored, best fit first:");
    assertThat(lines.subList(2, 5)).allMatch(l -> l.matches(" +\\d\\. P\\d{5} .* fit +\\d+ .*"));
    JsonNode scored = new ObjectMapper().readTree(json.toFile());
    assertThat(scored).hasSize(200);
    assertThat(scored.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(scored.get(0).get("reasons").get("potential").size()).isPositive();
  }

  @Test
  @Order(6)
  void aBacktestIsPrintedAndWritten() throws Exception {
    Path json = dir.resolve("backtest.json");

    CliResult result =
        Cli.run(
            "analyze",
            "--workspace",
            workspace.toString(),
            "--backtest",
            "--no-store",
            "--json",
            json.toString());

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(result.stdout())
        .contains(
            "Backtest: the model rebuilt as of 2024-12-31, measured on the 12 months to 2025-12-31:\n");
    JsonNode backtest = new ObjectMapper().readTree(json.toFile()).get("backtest");
    assertThat(backtest.get("from").asText()).isEqualTo("2024-12-31");
    assertThat(backtest.get("segments").size()).isPositive();
    assertThat(backtest.get("outflow_auc").get("value").asDouble()).isBetween(0.5, 1.0);
    // --no-store: the next run still compares with run 2.
    assertThat(Cli.run("analyze", "--workspace", workspace.toString()).stdout())
        .contains("Since run 2 ");
  }

  /** The points of Sites in the model line. */
  private static String points(String modelLine) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Sites >= 3 \\((\\d+) points\\)").matcher(modelLine);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
