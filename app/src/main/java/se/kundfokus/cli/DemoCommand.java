package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.Overview;
import se.kundfokus.config.Settings;
import se.kundfokus.config.SettingsFile;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.history.RunHistory;
import se.kundfokus.ingest.ImportReport;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.report.HtmlReport;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.report.Language;
import se.kundfokus.report.XlsxExport;
import se.kundfokus.store.Workspace;

/** {@code kundfokus demo}: the whole path on a generated sample company. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a sample company (Swedish ERP exports), import it into a fresh workspace, write"
          + " its settings file, analyse it with a backtest and write the results (JSON, an HTML"
          + " report and the lists as an Excel workbook), printing where everything is.",
    },
    footerHeading = "%nExamples:%n",
    footer = {"  kundfokus demo", "  kundfokus demo --out /tmp/demo --customers 5000 --lang sv"})
final class DemoCommand implements Callable<Integer> {
  /**
   * The defaults, with the pain signals of the sample company's CRM columns: a new purchasing
   * manager (an unaware lack), a contract that ends soon and complaints (aware needs).
   */
  static final AnalysisOptions DEMO_OPTIONS =
      new AnalysisOptions()
          .withModel(new ModelOptions().withPain(SampleCompany.painParameters(FileFormat.SWEDISH)));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "kundfokus-demo",
      description =
          "Folder for the sample files, workspace and results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--customers",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Number of customers (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + SampleCompany.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      converter = LanguageConverter.class,
      description =
          "Language of the report and the lists (default: Swedish when this computer's language"
              + " is Swedish, else English).")
  Optional<Language> language = Optional.empty();

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    Path data = out.resolve("data");
    Path workspaceFile = out.resolve(Workspace.DEFAULT_FILE);
    Path overviewFile = out.resolve("overview.json");
    Path resultFile = out.resolve("result.json");
    Path settingsFile = out.resolve(SettingsFile.DEFAULT_FILE);
    Path reportFile = out.resolve("report.html");
    Path listsFile = out.resolve("lists.xlsx");

    console.println("1. Generating a sample company in " + data);
    GenerationOptions options =
        new GenerationOptions()
            .withCustomers(customers)
            .withSeed(seed)
            .withFormat(FileFormat.SWEDISH);
    GenerationSummary sample;
    try (Progress progress = Progress.onTerminal()) {
      sample = SampleCompany.generate(options, data, n -> progress.progress("sales lines", n, -1));
    }
    GenerateCommand.print(console, sample);

    console.println();
    console.println("2. Importing it into a fresh workspace " + workspaceFile);
    Files.deleteIfExists(workspaceFile);
    Files.deleteIfExists(workspaceFile.resolveSibling(Workspace.DEFAULT_FILE + ".wal"));
    try (Workspace workspace = Workspace.open(workspaceFile)) {
      ImportReport report;
      try (Progress progress = Progress.onTerminal()) {
        report =
            Importer.run(
                workspace,
                ImportRequest.builder()
                    .file(Table.CUSTOMERS, sample.customersFile())
                    .file(Table.SALES, sample.salesFile())
                    .file(Table.PRODUCTS, sample.productsFile())
                    .file(Table.PROSPECTS, sample.prospectsFile())
                    .build(),
                progress);
      }
      new ReportPrinter(console).print(workspace.file(), report);

      console.println();
      console.println("3. Analysing it");
      Overview overview = Overview.of(workspace, VersionProvider.version());
      JsonOutput.write(overview, overviewFile);
      SettingsFile.writeTemplate(settingsFile, VersionProvider.version(), true, DEMO_OPTIONS);
      Settings settings = SettingsFile.read(settingsFile);
      console.println(
          "Settings: "
              + settingsFile
              + " (the defaults, with pain parameters for the sample company's CRM columns)");
      AnalysisResult result;
      try (Progress progress = Progress.onTerminal()) {
        result =
            Analyzer.analyze(
                workspace,
                settings.analysis(),
                VersionProvider.version(),
                settings.source(),
                progress::step);
      }
      result =
          Analyzer.backtest(
              DuckDbEngine.of(workspace), result, settings.analysis(), VersionProvider.version());
      result = RunHistory.compare(workspace, result);
      RunHistory.save(workspace, result, Clock.systemUTC());
      JsonOutput.write(result, resultFile);
      ResultPrinter.print(console, result);
      Language lang = language.orElse(ReportOptions.defaultLanguage());
      HtmlReport.write(result, lang, reportFile);
      XlsxExport.write(result, lang, listsFile);
    }
    console.println();
    console.println("Results: " + resultFile.toAbsolutePath());
    console.println("Report: " + reportFile.toAbsolutePath());
    console.println("Lists: " + listsFile.toAbsolutePath());
    console.println("Settings: " + settingsFile.toAbsolutePath());
    console.println("Overview: " + overviewFile.toAbsolutePath());
    console.println("Workspace: " + workspaceFile.toAbsolutePath());
    console.println("Planted ground truth: " + sample.truthFile().toAbsolutePath());
    console.flush();
    return ExitCodes.OK;
  }
}
