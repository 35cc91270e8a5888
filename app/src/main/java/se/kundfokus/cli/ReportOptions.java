package se.kundfokus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.report.CsvExport;
import se.kundfokus.report.HtmlReport;
import se.kundfokus.report.Language;
import se.kundfokus.report.XlsxExport;

/**
 * {@code --report}, {@code --xlsx}, {@code --csv} and {@code --lang}: the report and the lists that
 * {@code analyze} writes besides the JSON, and where it says it wrote them.
 */
final class ReportOptions {
  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write the report as one self-contained HTML file (charts and tables; works offline,"
              + " prints well).")
  Optional<Path> report = Optional.empty();

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description =
          "Write every list (customers, leaving, declining, stopped product groups,"
              + " reactivation, cross-selling, prospects, best customers) as a sheet of one Excel"
              + " workbook.")
  Optional<Path> xlsx = Optional.empty();

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      description =
          "Write every list as a CSV file into DIR (customers.csv, leaving.csv, …) to import into"
              + " a CRM: UTF-8 with a byte order mark, a header row; with --lang sv ';' between"
              + " fields and a decimal comma, with --lang en ',' and a decimal point.")
  Optional<Path> csv = Optional.empty();

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      converter = LanguageConverter.class,
      description =
          "Language of the report and the lists (default: Swedish when this computer's language"
              + " is Swedish, else English).")
  Optional<Language> language = Optional.empty();

  /** The language asked for, else that of the computer. */
  Language language() {
    return language.orElse(defaultLanguage());
  }

  /** Swedish when the computer's language is Swedish, else English. */
  static Language defaultLanguage() {
    return Language.of(Locale.getDefault());
  }

  /** Writes what was asked for and prints where. */
  void write(AnalysisResult result, PrintWriter out) throws IOException {
    Language lang = language();
    if (report.isPresent()) {
      writeReport(result, lang, report.get(), out);
    }
    if (xlsx.isPresent()) {
      writeXlsx(result, lang, xlsx.get(), out);
    }
    if (csv.isPresent()) {
      List<Path> files = CsvExport.write(result, lang, csv.get());
      out.println(
          "The lists as CSV are in "
              + csv.get().toAbsolutePath()
              + " ("
              + files.size()
              + " files, separator "
              + CsvExport.separator(lang)
              + ")");
    }
  }

  static void writeReport(AnalysisResult result, Language lang, Path file, PrintWriter out)
      throws IOException {
    HtmlReport.write(result, lang, file);
    out.println("The report is in " + file.toAbsolutePath());
  }

  static void writeXlsx(AnalysisResult result, Language lang, Path file, PrintWriter out)
      throws IOException {
    XlsxExport.write(result, lang, file);
    out.println("The lists are in " + file.toAbsolutePath());
  }
}
