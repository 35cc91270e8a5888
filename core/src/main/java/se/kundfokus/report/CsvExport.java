package se.kundfokus.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.kundfokus.analysis.AnalysisResult;

/**
 * The lists of a result as CSV files, one per list ({@code customers.csv}, {@code leaving.csv}, …,
 * named by {@link Lists#KEYS} in every language), ready to import into a CRM or to open in Excel:
 * UTF-8 with a byte order mark, a header row in the chosen language, and for Swedish a semicolon
 * between fields and a decimal comma ({@code 1234,5}), for English a comma and a decimal point.
 * Numbers are plain (no thousands separators, shares as fractions such as {@code 0,25}), dates are
 * ISO, and text that a spreadsheet would take for a formula is made safe ({@link SafeCell}).
 */
public final class CsvExport {
  private static final char BOM = '\ufeff';

  private CsvExport() {}

  /**
   * Writes every list into a folder, creating it; returns the files written, in the order of {@link
   * Lists#KEYS}.
   */
  public static List<Path> write(AnalysisResult result, Language language, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (ListTable table : Lists.of(result, language)) {
      Path file = folder.resolve(table.key() + ".csv");
      try (OutputStream out = Files.newOutputStream(file)) {
        write(table, language, out);
      }
      files.add(file);
    }
    return files;
  }

  /** The field separator of a language: {@code ;} for Swedish, {@code ,} for English. */
  public static char separator(Language language) {
    return language == Language.SV ? ';' : ',';
  }

  /** Writes one list to a stream, which stays open. */
  public static void write(ListTable table, Language language, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BOM);
    CsvWriter csv = CsvWriter.builder().fieldSeparator(separator(language)).build(writer);
    List<String> header = new ArrayList<>();
    for (Column column : table.columns()) {
      header.add(SafeCell.text(column.label()));
    }
    csv.writeRecord(header);
    for (List<Cell> row : table.rows()) {
      List<String> fields = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        fields.add(field(row.get(c), table.columns().get(c).type(), language));
      }
      csv.writeRecord(fields);
    }
    csv.flush();
    writer.flush();
  }

  static String field(Cell cell, ColumnType type, Language language) {
    if (cell instanceof Cell.Text text) {
      return SafeCell.text(text.value());
    }
    if (cell instanceof Cell.Numeric number) {
      return plain(number.value(), decimals(type), language);
    }
    if (cell instanceof Cell.Day day) {
      return day.value().toString();
    }
    return "";
  }

  /** A number without grouping, rounded to at most this many decimals: {@code -1234,5}. */
  static String plain(double value, int decimals, Language language) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String text = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    return language == Language.SV ? text.replace('.', ',') : text;
  }

  private static int decimals(ColumnType type) {
    return switch (type) {
      case COUNT -> 0;
      case SCORE -> 1;
      case MONEY, RATIO -> 2;
      case SHARE -> 4;
      case TEXT, DATE -> 6;
    };
  }
}
