package se.kundfokus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kundfokus.testutil.CliResultAssert.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.testutil.CliResult;

/** The command line's exit codes and exact output, outside of importing bad files. */
class CliTest {
  @TempDir Path dir;

  @Test
  void helpListsTheCommands() {
    CliResult result = Cli.run("--help");

    assertThat(result)
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr()
        .hasStdout(
            """
            Usage: kundfokus [-hV] [COMMAND]
            Which customers and prospects should your sales team spend its time on, and why?
            kundfokus reads your customer register and invoice lines (CSV, TSV or Excel
            exports), keeps them in a workspace file and analyses them.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              demo      Generate a sample company (Swedish ERP exports), import it into a
                          fresh workspace, write its settings file, analyse it with a
                          backtest and write the results (JSON, an HTML report and the
                          lists as an Excel workbook), printing where everything is.
              init      Write the settings file: every threshold of the analysis with its
                          default, to edit.
              import    Import your customer register, invoice lines, products and
                          prospects into the workspace.
              analyze   Analyse the workspace: the obvious revenue potential, what makes
                          the best customers, and every customer's and prospect's segment.
              score     Score companies that are not customers yet against the model of the
                          last analysis.
              serve     Start the web application and REST API: import files, run the
                          analysis and explore the results in the browser.
              generate  Write a realistic sample B2B company: a customer register, invoice
                          lines, products and prospects, as a Swedish ERP exports them (or
                          in English), plus truth.json: which attributes drive spend, which
                          customers churn, decline or lapse, which product groups are
                          bought together.
              status    Show what the workspace holds and the log of its imports.
              forget    Erase a customer or a prospect from the workspace, with everything
                          derived from it.
              help      Display help information about the specified command.

            Examples:
              kundfokus demo
              kundfokus import --customers kunder.csv --sales fakturarader.csv
              kundfokus init
              kundfokus analyze --json result.json
              kundfokus score --prospects leads.csv
              kundfokus serve
              kundfokus status

            Exit codes: 0 done, 1 problems in the input files (nothing imported), 2 wrong
            command line or settings file, 3 workspace cannot be opened or written, 4 other
            failure.
            """);
  }

  /**
   * Regression: every wrong command line exited with 4 (other failure) instead of 2, because
   * picocli's parse errors went through the exit-code mapper, which did not know them.
   */
  @Test
  void importWithoutAFileIsAUsageError() {
    CliResult result = Cli.run("import", "--workspace", dir.resolve("ws.duckdb").toString());

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            """
            Name at least one file: --customers, --sales, --products or --prospects
            Usage: kundfokus import [-hV] [--check] [--keep-going] [--no-header]
                                    [--customers=FILE] [--date-format=FORMAT]
                                    [--decimal=comma|dot] [--delimiter=SEP]
                                    [--encoding=CHARSET] [--header-row=N] [--mapping=FILE]
                                    [--max-file-size=SIZE] [--memory-limit=SIZE]
                                    [--products=FILE] [--prospects=FILE] [--sales=FILE]
                                    [--sheet=SHEET] [--temp-dir=DIR] [-w=FILE] [--map=TABLE.
                                    FIELD=COLUMN]...
            Import your customer register, invoice lines, products and prospects into the
            workspace.
            Separator, character set, decimal mark, dates and columns are detected from the
            files (Swedish and English headers) and shown; override them with the options
            below.
            An import is all or nothing: with a problem in any file, nothing is imported.
            Each file replaces what the workspace held for its table.
                  --check                Read, map and validate the files and show the
                                           result, without importing.
                  --customers=FILE       The customer register.
                  --date-format=FORMAT   Date format when the dates are ambiguous:
                                           yyyy-MM-dd, yyyyMMdd, d/M/yyyy, M/d/yyyy, d.M.
                                           yyyy, yyyy/MM/dd (default: detected per column).
                  --decimal=comma|dot    Decimal mark of numbers: comma (1 234,50) or dot
                                           (1,234.50) (default: detected per column).
                  --delimiter=SEP        Field separator: ';' ',' tab '|' or whitespace
                                           (default: detected).
                  --encoding=CHARSET     Character set, e.g. UTF-8 or windows-1252
                                           (default: detected).
              -h, --help                 Show this help message and exit.
                  --header-row=N         The row that holds the column names (default:
                                           detected; 0 = none).
                  --keep-going           Import the good rows and write the bad ones, with
                                           their problems, to a rejects file next to the
                                           workspace (default: import nothing when any row
                                           is bad).
                  --map=TABLE.FIELD=COLUMN
                                         Take a field from a column, by name or number, e.
                                           g. --map sales.amount=Belopp or --map sales.
                                           date=3. Repeatable.
                  --mapping=FILE         A mapping file (YAML) with per-file settings and
                                           columns; see the README.
                  --max-file-size=SIZE   The largest file to read, e.g. 500MB or 2GB
                                           (default: 50GB); a larger one is refused before
                                           it is read.
                  --memory-limit=SIZE    The most memory the workspace's database may use,
                                           e.g. 4GB or 512MB (default: 80 % of the
                                           computer's memory); beyond it, temporary files
                                           are written.
                  --no-header            The files have no row of column names.
                  --products=FILE        The products (optional).
                  --prospects=FILE       Companies that are not customers yet.
                  --sales=FILE           The invoice (sales) lines.
                  --sheet=SHEET          Sheet of an Excel workbook, by name or number
                                           (default: the first).
                  --temp-dir=DIR         The folder for temporary files when the work does
                                           not fit in the memory limit (default: the
                                           workspace's name with .tmp, next to it); created
                                           when missing.
              -V, --version              Print version information and exit.
              -w, --workspace=FILE       The workspace file (default: kundfokus.duckdb in
                                           the current folder).

            Examples:
              kundfokus import --customers kunder.csv --sales fakturarader.csv
              kundfokus import --sales online_retail.csv --keep-going
              kundfokus import --customers kunder.xlsx --sheet Kunder --header-row 3
              kundfokus import --sales CDNOW_master.txt --no-header \\
                  --map sales.customer_id=1 --map sales.date=2 --map sales.quantity=3 --map
            sales.amount=4
              kundfokus import --sales fakturarader.csv --check
            """);
    assertThat(dir.resolve("ws.duckdb")).doesNotExist();
  }

  /** Regression, as {@link #importWithoutAFileIsAUsageError()} explains. */
  @Test
  void unknownOptionIsAUsageError() {
    CliResult result = Cli.run("status", "--bogus");

    assertThat(result).hasExitCode(ExitCodes.USAGE).hasEmptyStdout();
    assertThat(result.stderr()).startsWith("Unknown option: '--bogus'\nUsage: kundfokus status ");
  }

  @Test
  void unknownDelimiterIsAUsageErrorNamingTheValidOnes() {
    CliResult result =
        Cli.run(
            "import",
            "--workspace",
            dir.resolve("ws.duckdb").toString(),
            "--customers",
            dir.resolve("kunder.csv").toString(),
            "--delimiter",
            "x");

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            """
            kundfokus: 'x' is not a field separator (expected one of ; , tab | whitespace)
            Try 'kundfokus import --help'.
            """);
    assertThat(dir.resolve("ws.duckdb")).doesNotExist();
  }

  @Test
  void statusOfAMissingWorkspaceSaysHowToMakeOne() {
    Path workspace = dir.resolve("saknas.duckdb");

    CliResult result = Cli.run("status", "--workspace", workspace.toString());

    assertThat(result)
        .hasExitCode(ExitCodes.USAGE)
        .hasEmptyStdout()
        .hasStderr(
            "kundfokus: there is no workspace "
                + workspace
                + " (import files first, or run kundfokus demo)\n"
                + "Try 'kundfokus status --help'.\n");
    assertThat(workspace).doesNotExist();
  }

  @Test
  void generateWritesTheFiveFilesAndPrintsTheSummary() throws IOException {
    Path out = dir.resolve("sample");

    CliResult result =
        Cli.run("generate", "--customers", "50", "--years", "1", "--out", out.toString());

    assertThat(result)
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr()
        .hasStdout(
            String.join(
                "\n",
                "Wrote 50 customers, 3,850 sales lines and 200 prospects:",
                "  " + out.resolve("kunder.csv"),
                "  " + out.resolve("fakturarader.csv"),
                "  " + out.resolve("artiklar.csv"),
                "  " + out.resolve("prospekt.csv"),
                "  " + out.resolve("truth.json") + " (the planted ground truth)",
                ""));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> String.valueOf(f.getFileName())).sorted().toList())
          .containsExactly(
              "artiklar.csv", "fakturarader.csv", "kunder.csv", "prospekt.csv", "truth.json");
    }
  }

  @Test
  void demoPrintsWhereTheResultsAreAndWritesTheOverview() throws IOException {
    Path out = dir.resolve("demo");

    CliResult result = Cli.run("demo", "--out", out.toString(), "--customers", "60");

    assertThat(result)
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr()
        .hasStdoutLines(
            List.of(
                "Results: " + out.resolve("result.json").toAbsolutePath(),
                "Report: " + out.resolve("report.html").toAbsolutePath(),
                "Lists: " + out.resolve("lists.xlsx").toAbsolutePath(),
                "Overview: " + out.resolve("overview.json").toAbsolutePath(),
                "Workspace: " + out.resolve("kundfokus.duckdb").toAbsolutePath(),
                "Planted ground truth: " + out.resolve("data/truth.json").toAbsolutePath()));
    JsonNode overview = new ObjectMapper().readTree(out.resolve("overview.json").toFile());
    assertThat(overview.path("counts").path("customers").asLong()).isEqualTo(60);
    JsonNode analysis = new ObjectMapper().readTree(out.resolve("result.json").toFile());
    assertThat(analysis.path("summary").path("customers").asLong()).isEqualTo(60);
    assertThat(analysis.path("best_customers")).hasSize(10);
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("<html lang=\"en\">", "<h1>Where to spend the sales time</h1>");
    assertThat(Files.size(out.resolve("lists.xlsx"))).isPositive();
  }

  @Test
  void progressBarStaysOffWhenNotOnATerminal() {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    CliResult result;
    try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      result = Cli.run("generate", "--customers", "20", "--years", "1", "--out", dir.toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }

    assertThat(Progress.isTerminal()).isFalse();
    assertThat(result).hasExitCode(ExitCodes.OK).hasEmptyStderr();
    assertThat(result.stdout()).doesNotContain("\r", "%", "sales lines:");
    assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void versionNamesTheProgram() {
    CliResult result = Cli.run("--version");

    assertThat(result)
        .hasExitCode(ExitCodes.OK)
        .hasEmptyStderr()
        .hasStdout("kundfokus development build\n");
  }
}
