package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.CliResult;

/** {@code kundfokus analyze} on an imported sample company: what it prints and writes. */
class AnalyzeCommandTest {
  @TempDir static Path dir;
  private static Path workspace;

  @BeforeAll
  static void importASampleCompany() {
    Path data = dir.resolve("data");
    assertThat(Cli.run("generate", "--customers", "150", "--years", "3", "--out", data.toString()))
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
                data.resolve("fakturarader.csv").toString()))
        .hasExitCode(ExitCodes.OK);
  }

  @Test
  void printsTheSummaryOfTheJsonItWrites() throws Exception {
    Path json = dir.resolve("result.json");

    CliResult result =
        Cli.run(
            "analyze",
            "--workspace",
            workspace.toString(),
            "--best",
            "5",
            "--json",
            json.toString());

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    JsonNode written = new ObjectMapper().readTree(json.toFile());
    JsonNode summary = written.get("summary");
    List<String> lines = result.stdout().lines().toList();
    assertThat(lines)
        .contains(
            String.format(
                Locale.ROOT,
                "Reactivation potential: %,.0f a year of revenue from %,d lapsed customers.",
                summary.get("reactivation_potential").asDouble(),
                summary.get("lapsed_customers").asLong()),
            String.format(
                Locale.ROOT,
                "Cross-sell potential: %,.0f a year from %,d product groups to offer (%,d rules"
                    + " between product groups).",
                summary.get("cross_sell_potential").asDouble(),
                summary.get("cross_sell_recommendations").asLong(),
                written.get("cross_sell").get("rules").size()),
            "The whole result is in " + json.toAbsolutePath());
    assertThat(summary.get("cross_sell_recommendations").asLong()).isPositive();
    assertThat(written.get("best_customers")).hasSize(5);
    assertThat(lines.stream().filter(l -> l.matches(" +\\d+\\. .*"))).hasSize(5);
  }

  @Test
  void aBestCountOutsideFiveToFifteenIsAUsageError() {
    CliResult result = Cli.run("analyze", "--workspace", workspace.toString(), "--best", "20");

    assertThat(result).hasExitCode(ExitCodes.USAGE).hasEmptyStdout();
    assertThat(result.stderr())
        .startsWith("--best must be 5 to 15, was 20\nUsage: kundfokus analyze ");
  }
}
