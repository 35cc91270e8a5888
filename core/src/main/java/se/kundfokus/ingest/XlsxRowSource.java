package se.kundfokus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an Excel workbook (.xlsx), streamed: the sheet is never in memory as a
 * whole.
 *
 * <p>Rows carry the number Excel shows. Rows without any value are skipped (Excel does not even
 * store most of them), so the numbers may jump; a row is as long as its last non-empty cell, with
 * {@code ""} for the empty cells before it. Hidden rows are read like the others.
 *
 * <p>Cells become text the way {@link XlsxCellText} describes: dates as ISO text, numbers as plain
 * decimals with {@code .}, formulas as their cached value.
 */
final class XlsxRowSource implements RowSource {
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final String fileLabel;
  private final String sheetName;
  private final boolean date1904;
  private long lastLine;

  private XlsxRowSource(
      ReadableWorkbook workbook, Stream<Row> stream, String fileLabel, String sheetName) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.fileLabel = fileLabel;
    this.sheetName = sheetName;
    this.date1904 = workbook.isDate1904();
  }

  /**
   * Opens a sheet for reading.
   *
   * @param file the workbook
   * @param fileLabel the file name for messages
   * @param sheet a sheet name (exact, else ignoring case) or a 1-based index in the workbook's
   *     order, hidden sheets included; empty for the first visible sheet
   * @throws ImportException when the file is not an xlsx workbook or has no such sheet
   * @throws IOException when the file cannot be read
   */
  static XlsxRowSource open(Path file, String fileLabel, Optional<String> sheet)
      throws IOException {
    ReadableWorkbook workbook = openWorkbook(file, fileLabel);
    try {
      Sheet chosen = choose(workbook, fileLabel, sheet);
      return new XlsxRowSource(workbook, openSheet(chosen, fileLabel), fileLabel, chosen.getName());
    } catch (IOException | RuntimeException e) {
      try {
        workbook.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The names of all sheets, hidden ones included, in the workbook's order.
   *
   * @throws ImportException when the file is not an xlsx workbook
   * @throws IOException when the file cannot be read
   */
  static List<String> sheetNames(Path file) throws IOException {
    Path name = file.getFileName();
    try (ReadableWorkbook workbook =
        openWorkbook(file, name == null ? file.toString() : name.toString())) {
      return workbook.getSheets().map(Sheet::getName).toList();
    }
  }

  /** The name of the sheet being read. */
  String sheetName() {
    return sheetName;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        lastLine = row.getRowNum();
        List<String> cells = cells(row);
        if (!cells.isEmpty()) {
          return new RawRow(row.getRowNum(), cells);
        }
      }
      return null;
    } catch (ExcelReaderException e) {
      String where = lastLine == 0 ? "sheet '" + sheetName + "'" : where(lastLine) + " or after";
      ImportException problem =
          new ImportException(
              new ImportProblem(
                  fileLabel,
                  Optional.of(where),
                  Optional.empty(),
                  Optional.empty(),
                  "could not be read, the workbook is damaged (" + e.getMessage() + ")"));
      problem.initCause(e);
      throw problem;
    }
  }

  @Override
  public String where(long line) {
    return "sheet '" + sheetName + "' row " + line;
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }

  private List<String> cells(Row row) {
    int count = row.getCellCount();
    String[] texts = new String[count];
    int length = 0;
    for (int i = 0; i < count; i++) {
      Cell cell = row.getCell(i);
      String text = cell == null ? "" : XlsxCellText.of(cell, date1904);
      texts[i] = text;
      if (!text.isEmpty()) {
        length = i + 1;
      }
    }
    if (length == 0) {
      return List.of();
    }
    return Collections.unmodifiableList(
        Arrays.asList(length == count ? texts : Arrays.copyOf(texts, length)));
  }

  /** The sheet's rows; a workbook that lists a sheet it does not hold is damaged. */
  private static Stream<Row> openSheet(Sheet sheet, String fileLabel) throws IOException {
    try {
      return sheet.openStream();
    } catch (ExcelReaderException e) {
      ImportException problem =
          new ImportException(
              ImportProblem.ofFile(
                  fileLabel,
                  "could not be read, the workbook is damaged (sheet '"
                      + sheet.getName()
                      + "': "
                      + e.getMessage()
                      + "); save it again as .xlsx or as CSV"));
      problem.initCause(e);
      throw problem;
    }
  }

  private static ReadableWorkbook openWorkbook(Path file, String fileLabel) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read == head.length && ReadableWorkbook.isOLE2Header(head)) {
      throw notAWorkbook(
          fileLabel, "it is an Excel 97-2003 workbook (.xls) or a password-protected file", null);
    }
    if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw notAWorkbook(fileLabel, "it is not a zip archive, as .xlsx files are", null);
    }
    try {
      return new ReadableWorkbook(file.toFile(), OPTIONS);
    } catch (IOException | ExcelReaderException e) {
      throw notAWorkbook(fileLabel, "it is a zip archive without a workbook in it", e);
    }
  }

  private static ImportException notAWorkbook(
      String fileLabel, String why, @Nullable Throwable cause) {
    ImportException problem =
        new ImportException(
            ImportProblem.ofFile(
                fileLabel,
                "is not an Excel workbook (.xlsx): " + why + "; save it as .xlsx or CSV"));
    if (cause != null) {
      problem.initCause(cause);
    }
    return problem;
  }

  private static Sheet choose(
      ReadableWorkbook workbook, String fileLabel, Optional<String> wanted) {
    List<Sheet> sheets = workbook.getSheets().toList();
    if (sheets.isEmpty()) {
      throw new ImportException(ImportProblem.ofFile(fileLabel, "has no sheets"));
    }
    if (wanted.isEmpty()) {
      return sheets.stream()
          .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
          .findFirst()
          .orElse(sheets.get(0));
    }
    String name = wanted.get().strip();
    for (Sheet sheet : sheets) {
      if (sheet.getName().equals(name)) {
        return sheet;
      }
    }
    for (Sheet sheet : sheets) {
      if (sheet.getName().equalsIgnoreCase(name)) {
        return sheet;
      }
    }
    int index = index(name);
    if (index >= 1 && index <= sheets.size()) {
      return sheets.get(index - 1);
    }
    StringBuilder names = new StringBuilder();
    for (Sheet sheet : sheets) {
      names.append(names.length() == 0 ? "" : ", ").append(sheet.getName());
    }
    throw new ImportException(
        ImportProblem.ofFile(
            fileLabel, "has no sheet '" + wanted.get() + "' (sheets: " + names + ")"));
  }

  /** A small positive integer, or -1. */
  private static int index(String text) {
    if (text.isEmpty() || text.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
