package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.config.Settings;
import se.kundfokus.config.SettingsFile;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.engine.EngineProvider;
import se.kundfokus.engine.EngineRequest;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.history.RunHistory;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.Workspace;

/** {@code kundfokus analyze}: the fact-based customer analysis. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse the workspace: the obvious revenue potential, what makes the best customers, and"
          + " every customer's and prospect's segment.",
      "As of a reference date: customer facts, customers leaving or declining, product groups"
          + " they stopped buying, lapsed customers to reactivate, product groups to cross-sell and"
          + " the best customers, with the revenue potential in money; then the attributes that"
          + " separate the best customers (the potential parameters), every customer's and"
          + " prospect's fit, pain and segment with the reasons, and who moved since the last run.",
      "Writes the whole result as JSON with --json, a self-contained HTML report with --report,"
          + " the lists as an Excel workbook with --xlsx and as CSV files with --csv (in the"
          + " language of --lang); prints a summary. Every threshold is in the settings file"
          + " (kundfokus init writes it); --as-of and --best win over it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus analyze --json result.json",
      "  kundfokus analyze --report rapport.html --xlsx listor.xlsx --lang sv",
      "  kundfokus analyze --csv crm-lists --lang en",
      "  kundfokus analyze --as-of 2025-06-30 --best 15 --json mid-year.json",
      "  kundfokus analyze --config q3-settings.yaml --json q3.json",
      "  kundfokus analyze --backtest --json result.json",
      "  java -jar kundfokus-spark.jar analyze --engine spark --master local[8] \\",
      "      --tables s3a://bucket/kundfokus/ --json result.json"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Mixin ReportOptions outputs;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Reference date, yyyy-MM-dd (default: the last sales date).")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(
      names = "--best",
      paramLabel = "N",
      description =
          "How many best customers to name, 5 to 15 (default: best_customers.count of the"
              + " settings, 10).")
  void best(int count) {
    if (count < 5 || count > 15) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--best must be 5 to 15, was " + count);
    }
    best = Optional.of(count);
  }

  private Optional<Integer> best = Optional.empty();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The settings file (default: "
              + SettingsFile.DEFAULT_FILE
              + " in the current folder, if there is one; else the defaults)."
              + " kundfokus init writes one.")
  Optional<Path> config = Optional.empty();

  @Option(names = "--json", paramLabel = "FILE", description = "Write the whole result as JSON.")
  Optional<Path> json = Optional.empty();

  @Option(
      names = "--engine",
      paramLabel = "NAME",
      defaultValue = DUCKDB,
      description =
          "Where the SQL runs: duckdb (the workspace, default) or spark (Apache Spark, for data"
              + " beyond one machine; needs the kundfokus-spark jar).")
  String engine = DUCKDB;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "With --engine spark: the cluster, e.g. local[4] or spark://host:7077.")
  Optional<String> master = Optional.empty();

  @Option(
      names = "--tables",
      paramLabel = "DIR|URI",
      description =
          "With --engine spark: the folder or URI holding sales.parquet, customers.parquet, …"
              + " (or .csv); default: the workspace's tables.")
  Optional<String> tables = Optional.empty();

  static final String DUCKDB = "duckdb";

  @Option(
      names = "--backtest",
      description =
          "Also rebuild the whole model as of the reference date less backtest.months (12) and"
              + " measure how its segments did since.")
  boolean backtest;

  @Option(
      names = "--no-store",
      description =
          "Do not store this run in the workspace (by default each run is stored, so that the"
              + " next one shows who moved between segments and score uses its model).")
  boolean noStore;

  @Override
  public Integer call() throws Exception {
    Optional<EngineProvider> provider = provider();
    Settings settings = settings(config);
    AnalysisOptions options = settings.analysis();
    if (best.isPresent()) {
      options = options.withBestCount(best.get());
    }
    if (asOf.isPresent()) {
      options = options.withAsOf(asOf.get());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        settings
            .source()
            .map(s -> "Settings: " + s.file())
            .orElse(
                "Settings: the defaults (no "
                    + SettingsFile.DEFAULT_FILE
                    + " here; kundfokus init writes one)"));
    AnalysisResult result = run(provider, options, settings);
    ResultPrinter.print(out, result);
    if (json.isPresent()) {
      JsonOutput.write(result, json.get());
      out.println("The whole result is in " + json.get().toAbsolutePath());
    }
    outputs.write(result, out);
    out.flush();
    return ExitCodes.OK;
  }

  /** The engine other than DuckDB that was asked for; empty for DuckDB. */
  private Optional<EngineProvider> provider() {
    if (engine.equals(DUCKDB)) {
      if (master.isPresent() || tables.isPresent()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--master and --tables go with --engine spark");
      }
      return Optional.empty();
    }
    return Optional.of(
        EngineProvider.named(engine)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the "
                            + engine
                            + " engine is not in this kundfokus jar (it has "
                            + String.join(", ", engines())
                            + "); for Spark run spark/target/kundfokus-spark.jar, see the"
                            + " README")));
  }

  private AnalysisResult run(
      Optional<EngineProvider> provider, AnalysisOptions options, Settings settings) {
    String version = VersionProvider.version();
    if (provider.isEmpty()) {
      try (Workspace ws = workspace.openExisting();
          Progress progress = Progress.onTerminal()) {
        AnalysisResult result =
            Analyzer.analyze(ws, options, version, settings.source(), progress::step);
        if (backtest) {
          result = Analyzer.backtest(DuckDbEngine.of(ws), result, options, version);
        }
        result = RunHistory.compare(ws, result);
        if (!noStore) {
          RunHistory.save(ws, result, Clock.systemUTC());
        }
        return result;
      }
    }
    if (tables.isEmpty()) {
      workspace.openExisting().close();
    }
    try (SqlEngine sql =
            provider
                .get()
                .open(new EngineRequest(master, tables, workspace.file.toAbsolutePath()));
        Progress progress = Progress.onTerminal()) {
      AnalysisResult result =
          Analyzer.analyze(sql, options, version, settings.source(), progress::step);
      return backtest ? Analyzer.backtest(sql, result, options, version) : result;
    }
  }

  private static List<String> engines() {
    List<String> names = new ArrayList<>();
    names.add(DUCKDB);
    names.addAll(EngineProvider.available());
    return names;
  }

  /** The named settings file, else kundfokus.yaml in the current folder, else the defaults. */
  static Settings settings(Optional<Path> config) {
    if (config.isPresent()) {
      return SettingsFile.read(config.get());
    }
    Path here = Path.of(SettingsFile.DEFAULT_FILE);
    return Files.isRegularFile(here) ? SettingsFile.read(here) : Settings.defaults();
  }
}
