package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.analysis.BestCustomer;
import se.kundfokus.analysis.Summary;
import se.kundfokus.config.Settings;
import se.kundfokus.config.SettingsFile;
import se.kundfokus.engine.EngineProvider;
import se.kundfokus.engine.EngineRequest;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.Workspace;

/** {@code kundfokus analyze}: the fact-based customer analysis. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse the workspace as of a reference date: customer facts, declining customers,"
          + " product groups customers stopped buying, lapsed customers to reactivate, product"
          + " groups to cross-sell, and the best customers, with the obvious revenue potential in"
          + " money.",
      "Writes the whole result as JSON with --json; prints a summary. Every threshold is in the"
          + " settings file (kundfokus init writes it); --as-of and --best win over it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus analyze --json result.json",
      "  kundfokus analyze --as-of 2025-06-30 --best 15 --json mid-year.json",
      "  kundfokus analyze --config q3-settings.yaml --json q3.json",
      "  java -jar kundfokus-spark.jar analyze --engine spark --master local[8] \\",
      "      --tables s3a://bucket/kundfokus/ --json result.json"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

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
    print(out, result);
    if (json.isPresent()) {
      JsonOutput.write(result, json.get());
      out.println("The whole result is in " + json.get().toAbsolutePath());
    }
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
        return Analyzer.analyze(ws, options, version, settings.source(), progress::step);
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
      return Analyzer.analyze(sql, options, version, settings.source(), progress::step);
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

  static void print(PrintWriter out, AnalysisResult result) {
    Summary s = result.summary();
    out.printf(
        Locale.ROOT,
        "As of %s: %,d customers, %,d of them buying in the last 12 months, revenue %,.0f"
            + " (the 12 months before: %,.0f).%n",
        s.asOf(),
        s.customers(),
        s.activeCustomers(),
        s.revenue12m(),
        s.revenuePrevious12m());
    out.printf(
        Locale.ROOT,
        "Revenue at risk: %,.0f a year (%,d customers leaving, %,d declining, %,d product groups"
            + " stopped).%n",
        s.revenueAtRisk(),
        s.leavingCustomers(),
        s.decliningCustomers(),
        s.partialOutflows());
    out.printf(
        Locale.ROOT,
        "Reactivation potential: %,.0f a year of revenue from %,d lapsed customers.%n",
        s.reactivationPotential(),
        s.lapsedCustomers());
    out.printf(
        Locale.ROOT,
        "Cross-sell potential: %,.0f a year from %,d product groups to offer (%,d rules between"
            + " product groups).%n",
        s.crossSellPotential(),
        s.crossSellRecommendations(),
        result.crossSell().rules().size());
    result
        .churnModel()
        .ifPresent(
            m ->
                out.printf(
                    Locale.ROOT,
                    "Churn model (BG/NBD, weeks): r %.3f, alpha %.3f, a %.3f, b %.3f,"
                        + " log-likelihood %.1f on %,d customers.%n",
                    m.r(),
                    m.alpha(),
                    m.a(),
                    m.b(),
                    m.logLikelihood(),
                    m.customers()));
    result.notes().forEach(n -> out.println("Note: " + n));
    out.println();
    out.println("Best customers (score 0-100: revenue, margin, growth, frequency, breadth):");
    for (BestCustomer b : result.bestCustomers()) {
      out.printf(
          Locale.ROOT,
          "  %2d. %-8s %-40s %5.1f%n",
          b.rank(),
          b.customerId(),
          b.name().orElse(""),
          b.score());
    }
  }
}
