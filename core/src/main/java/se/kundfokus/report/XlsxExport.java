package se.kundfokus.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.kundfokus.analysis.AnalysisResult;

/**
 * The lists of a result as one Excel workbook, one sheet per list ({@link Lists}): a bold header
 * row that stays in view (frozen) with a filter on every column, numbers as numbers with formats
 * for money, shares and scores, dates as dates, and columns wide enough for their values. Text that
 * a spreadsheet would take for a formula is made safe ({@link SafeCell}).
 */
public final class XlsxExport {
  /** Excel's longest sheet name. */
  static final int MAX_SHEET_NAME = 31;

  private static final Pattern APP_VERSION = Pattern.compile("(\\d{1,2})\\.(\\d{1,4})");
  private static final int MAX_WIDTH = 60;
  private static final int MIN_WIDTH = 8;

  private XlsxExport() {}

  /** Writes the workbook to a file, creating its folder. */
  public static void write(AnalysisResult result, Language language, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(result, language, out);
    }
  }

  /** Writes the workbook to a stream, which stays open. */
  public static void write(AnalysisResult result, Language language, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    write(Lists.of(result, language), result.meta().version(), out);
  }

  /** Writes tables as sheets, in their order. */
  static void write(List<ListTable> tables, String version, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "kundfokus", appVersion(version));
    Set<String> names = new HashSet<>();
    for (ListTable table : tables) {
      sheet(workbook.newWorksheet(sheetName(table.title(), names)), table);
    }
    workbook.finish();
  }

  /** Excel wants a version of two numbers, e.g. {@code 0.1} of {@code 0.1.0-SNAPSHOT}. */
  static String appVersion(String version) {
    Matcher m = APP_VERSION.matcher(version);
    return m.find() ? m.group(1) + "." + m.group(2) : "1.0";
  }

  /**
   * A sheet name Excel accepts: no {@code []:*?/\}, at most 31 characters (a longer title is cut
   * and ends in {@code …}), unique.
   */
  static String sheetName(String title, Set<String> taken) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (name.isEmpty()) {
      name = "Sheet";
    }
    if (name.length() > MAX_SHEET_NAME) {
      name = name.substring(0, MAX_SHEET_NAME - 1).strip() + "…";
    }
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " " + n;
      candidate =
          name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return candidate;
  }

  private static void sheet(Worksheet sheet, ListTable table) {
    List<Column> columns = table.columns();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, SafeCell.text(columns.get(c).label()));
      widths[c] = columns.get(c).label().length() + 2;
    }
    sheet
        .range(0, 0, 0, columns.size() - 1)
        .style()
        .bold()
        .fillColor("E8EEF4")
        .wrapText(true)
        .set();
    List<List<Cell>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], value(sheet, r + 1, c, row.get(c), columns.get(c).type()));
      }
    }
    if (!rows.isEmpty()) {
      for (int c = 0; c < columns.size(); c++) {
        String format = format(columns.get(c).type());
        if (!format.isEmpty()) {
          sheet.range(1, c, rows.size(), c).style().format(format).set();
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])));
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, Math.max(rows.size(), 1), columns.size() - 1);
  }

  /** Writes one cell; returns about how many characters wide it shows. */
  private static int value(Worksheet sheet, int row, int column, Cell cell, ColumnType type) {
    if (cell instanceof Cell.Text text) {
      String safe = SafeCell.text(text.value());
      sheet.value(row, column, safe);
      return safe.length() + 1;
    }
    if (cell instanceof Cell.Numeric number) {
      sheet.value(row, column, number.value());
      return type == ColumnType.MONEY ? 14 : 8;
    }
    if (cell instanceof Cell.Day day) {
      sheet.value(row, column, day.value());
      return 11;
    }
    return 0;
  }

  /** The number format of a column's values; empty for text. */
  static String format(ColumnType type) {
    return switch (type) {
      case TEXT -> "";
      case DATE -> "yyyy-mm-dd";
      case COUNT, MONEY -> "#,##0";
      case SHARE -> "0.0%";
      case SCORE -> "0";
      case RATIO -> "0.00";
    };
  }
}
