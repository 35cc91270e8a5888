package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;

/** {@code kundfokus generate}: writes a sample company's exports with planted ground truth. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a realistic sample B2B company: a customer register, invoice lines, products and"
          + " prospects, as a Swedish ERP exports them (or in English), plus truth.json: which"
          + " attributes drive spend, which customers churn, decline or lapse, which product"
          + " groups are bought together.",
      "The same options always write the same files. Large outputs are written streaming, in"
          + " bounded memory."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus generate --out sample",
      "  kundfokus generate --customers 20000 --years 5 --seed 7 --format en --out big"
    })
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write to.")
  Path out;

  @Option(
      names = "--customers",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Number of customers (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(
      names = "--years",
      paramLabel = "Y",
      defaultValue = "3",
      description = "Years of invoice lines (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(
      names = "--prospects",
      paramLabel = "N",
      defaultValue = "200",
      description = "Number of prospects (default: ${DEFAULT-VALUE}).")
  int prospects;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + SampleCompany.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      paramLabel = "sv|en",
      defaultValue = "sv",
      description =
          "sv: semicolons, decimal comma, Windows-1252, Swedish headers; en: commas, decimal"
              + " point, UTF-8, English headers (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--end",
      paramLabel = "DATE",
      description = "Last invoice date, yyyy-MM-dd (default: 2025-12-31).")
  LocalDate end = GenerationOptions.DEFAULT_END_DATE;

  @Override
  public Integer call() throws Exception {
    GenerationOptions options =
        new GenerationOptions(customers, years, seed, fileFormat(format), end, prospects);
    GenerationSummary summary;
    try (Progress progress = Progress.onTerminal()) {
      summary =
          SampleCompany.generate(
              options, out, lines -> progress.progress("sales lines", lines, -1));
    }
    print(spec.commandLine().getOut(), summary);
    return ExitCodes.OK;
  }

  static FileFormat fileFormat(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "sv", "swedish" -> FileFormat.SWEDISH;
      case "en", "english" -> FileFormat.ENGLISH;
      default ->
          throw new IllegalArgumentException("'" + text + "' is not a format (expected sv or en)");
    };
  }

  static void print(PrintWriter out, GenerationSummary summary) {
    out.println(
        "Wrote "
            + ReportPrinter.number(summary.customers())
            + " customers, "
            + ReportPrinter.number(summary.salesLines())
            + " sales lines and "
            + ReportPrinter.number(summary.prospects())
            + " prospects:");
    out.println("  " + summary.customersFile());
    out.println("  " + summary.salesFile());
    out.println("  " + summary.productsFile());
    out.println("  " + summary.prospectsFile());
    out.println("  " + summary.truthFile() + " (the planted ground truth)");
    out.flush();
  }
}
