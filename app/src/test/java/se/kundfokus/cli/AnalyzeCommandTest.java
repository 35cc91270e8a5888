package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
    assertThat(bestCustomerLines(result.stdout())).hasSize(5);
  }

  @Test
  void aBestCountOutsideFiveToFifteenIsAUsageError() {
    CliResult result = Cli.run("analyze", "--workspace", workspace.toString(), "--best", "20");

    assertThat(result).hasExitCode(ExitCodes.USAGE).hasEmptyStdout();
    assertThat(result.stderr())
        .startsWith("--best must be 5 to 15, was 20\nUsage: kundfokus analyze ");
  }

  @Test
  void readsTheSettingsFileItIsGiven() throws Exception {
    Path settings = dir.resolve("strict.yaml");
    assertThat(Cli.run("init", settings.toString()))
        .hasExitCode(ExitCodes.OK)
        .hasStdout(
            "Wrote "
                + settings.toAbsolutePath()
                + ": every setting with its default. Edit it, then run kundfokus analyze --config "
                + settings
                + ".\n");
    String edited =
        Files.readString(settings, StandardCharsets.UTF_8)
            .replace("  count: 10\n", "  count: 7\n")
            .replace("  decline_share: 0.3\n", "  decline_share: 0.9\n");
    Files.writeString(settings, edited, StandardCharsets.UTF_8);
    Path json = dir.resolve("strict.json");

    CliResult result =
        Cli.run(
            "analyze",
            "--workspace",
            workspace.toString(),
            "--config",
            settings.toString(),
            "--json",
            json.toString());

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(result.stdout()).startsWith("Settings: " + settings + "\n");
    JsonNode written = new ObjectMapper().readTree(json.toFile());
    assertThat(written.get("best_customers")).hasSize(7);
    assertThat(written.at("/meta/options/outflow/decline_share").asDouble()).isEqualTo(0.9);
    assertThat(written.at("/meta/settings/file").asText()).isEqualTo(settings.toString());
    assertThat(written.at("/meta/settings/fingerprint").asText()).startsWith("sha256:");
    for (JsonNode declining : written.at("/outflow/declining")) {
      assertThat(declining.get("change").asDouble()).isLessThanOrEqualTo(-0.9);
    }
  }

  @Test
  void theCommandLineWinsOverTheSettingsFile() throws Exception {
    Path settings = dir.resolve("seven.yaml");
    Files.writeString(settings, "best_customers:\n  count: 7\n", StandardCharsets.UTF_8);

    CliResult result =
        Cli.run(
            "analyze",
            "--workspace",
            workspace.toString(),
            "--config",
            settings.toString(),
            "--best",
            "12");

    assertThat(result).hasExitCode(ExitCodes.OK);
    assertThat(bestCustomerLines(result.stdout())).hasSize(12);
  }

  @Test
  void aBadSettingsFileIsAUsageErrorNamingLineAndSetting() throws Exception {
    Path settings = dir.resolve("bad.yaml");
    Files.writeString(
        settings, "outflow:\n  decline_share: 0.3\n  leaving: 0.5\n", StandardCharsets.UTF_8);

    CliResult result =
        Cli.run("analyze", "--workspace", workspace.toString(), "--config", settings.toString());

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: "
                + settings
                + " line 3, setting 'outflow.leaving': is not a setting of outflow (expected one of"
                + " leaving_below, decline_share, stopped_group_months)\n");
  }

  @Test
  void initRefusesToOverwriteWithoutForce() throws Exception {
    Path settings = dir.resolve("mine.yaml");
    Files.writeString(settings, "outflow:\n  decline_share: 0.2\n", StandardCharsets.UTF_8);

    CliResult refused = Cli.run("init", settings.toString());
    CliResult forced = Cli.run("init", settings.toString(), "--force");

    assertThat(refused)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: "
                + settings
                + " exists already (use --force to replace it with the defaults)\n"
                + "Try 'kundfokus init --help'.\n");
    assertThat(forced).hasExitCode(ExitCodes.OK);
    assertThat(Files.readString(settings, StandardCharsets.UTF_8))
        .contains("  decline_share: 0.3\n");
  }

  @Test
  void anEngineThatIsNotInTheJarIsAUsageError() {
    CliResult result = Cli.run("analyze", "--workspace", workspace.toString(), "--engine", "spark");

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: the spark engine is not in this kundfokus jar (it has duckdb); for Spark"
                + " run spark/target/kundfokus-spark.jar, see the README\n"
                + "Try 'kundfokus analyze --help'.\n");
  }

  @Test
  void sparkOptionsWithoutSparkAreAUsageError() {
    CliResult result =
        Cli.run("analyze", "--workspace", workspace.toString(), "--master", "local[2]");

    assertThat(result).hasExitCode(ExitCodes.USAGE).hasEmptyStdout();
    assertThat(result.stderr())
        .startsWith("--master and --tables go with --engine spark\nUsage: kundfokus analyze ");
  }

  @Test
  void writesTheReportAndTheListsInTheLanguageAsked() throws Exception {
    Path report = dir.resolve("out/rapport.html");
    Path xlsx = dir.resolve("out/listor.xlsx");
    Path csv = dir.resolve("out/csv");

    CliResult result =
        Cli.run(
            "analyze",
            "--workspace",
            workspace.toString(),
            "--no-store",
            "--report",
            report.toString(),
            "--xlsx",
            xlsx.toString(),
            "--csv",
            csv.toString(),
            "--lang",
            "sv");

    assertThat(result)
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr()
        .hasStdoutLines(
            List.of(
                "The report is in " + report.toAbsolutePath(),
                "The lists are in " + xlsx.toAbsolutePath(),
                "The lists as CSV are in " + csv.toAbsolutePath() + " (9 files, separator ;)"));
    Document page = Jsoup.parse(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(page.select("html").attr("lang")).isEqualTo("sv");
    assertThat(page.select("h1").text()).isEqualTo("Var säljtiden gör mest nytta");
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    long customers;
    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).contains("Kunder", "Kunder på väg att lämna");
      List<Row> rows = sheets.get(0).read();
      assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Kund");
      customers = rows.size() - 1L;
    }
    assertThat(customers).isEqualTo(150);
    String customersCsv = Files.readString(csv.resolve("customers.csv"), StandardCharsets.UTF_8);
    assertThat(customersCsv).startsWith("\ufeffKund;Namn;Segment;");
    assertThat(customersCsv.lines()).hasSize(151);
  }

  @Test
  void theLanguageIsTheComputersUnlessAsked() throws Exception {
    Path report = dir.resolve("default-lang.html");
    Locale before = Locale.getDefault();
    CliResult result;
    try {
      Locale.setDefault(Locale.forLanguageTag("sv-SE"));
      result =
          Cli.run(
              "analyze",
              "--workspace",
              workspace.toString(),
              "--no-store",
              "--report",
              report.toString());
    } finally {
      Locale.setDefault(before);
    }

    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<html lang=\"sv\">");
  }

  @Test
  void aLanguageOtherThanSwedishOrEnglishIsAUsageError() {
    CliResult result =
        Cli.run(
            "analyze", "--workspace", workspace.toString(), "--report", "x.html", "--lang", "de");

    assertThat(result).hasExitCode(ExitCodes.USAGE).hasEmptyStdout();
    assertThat(result.stderr())
        .startsWith(
            "Invalid value for option '--lang': 'de' is not a language (expected sv or en)\n");
  }

  /** The lines of the best-customer list: after its heading, up to the blank line. */
  private static List<String> bestCustomerLines(String stdout) {
    List<String> lines = stdout.lines().toList();
    int start = 0;
    while (start < lines.size() && !lines.get(start).startsWith("Best customers (")) {
      start++;
    }
    List<String> list = new java.util.ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      list.add(lines.get(i));
    }
    return list;
  }
}
