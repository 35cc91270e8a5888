package se.kundfokus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one file into one workspace table inside the import's transaction: maps its columns,
 * decides how each column's values are read, checks every row and appends the good ones. Bad rows
 * are counted and reported with file, line, column and what was expected; the caller decides
 * whether they fail the import.
 */
final class FileLoader {
  static final int SAMPLE_ROWS = 10_000;
  private static final long PROGRESS_EVERY = 50_000;

  private final Table table;
  private final SourceFile source;
  private final ColumnMap map;
  private final ColumnFormats formats;
  private final RowCheck check;
  private final RowValues reader;
  private final @Nullable SalesRules sales;
  private final Map<String, Long> seenIds = new HashMap<>();
  private final @Nullable Object[] values;
  private final Path rejectsFolder;
  private final BadRowPolicy policy;
  private @Nullable RejectsWriter rejects;

  private long rowsRead;
  private long rowsAccepted;
  private long blankRows;

  private FileLoader(
      Table table,
      SourceFile source,
      ColumnMap map,
      ColumnFormats formats,
      LocalDate today,
      Path rejectsFolder,
      BadRowPolicy policy) {
    this.table = table;
    this.source = source;
    this.map = map;
    this.formats = formats;
    this.check = new RowCheck(source.label(), map);
    this.reader = new RowValues(table.fields(), map, formats, check);
    this.sales = table == Table.SALES ? new SalesRules(map, check, today) : null;
    this.values = new Object[table.fields().size()];
    this.rejectsFolder = rejectsFolder;
    this.policy = policy;
  }

  /** Replaces the table's rows with the file's and reports what it did. */
  static FileReport load(
      Connection connection,
      Table table,
      Path path,
      ImportRequest request,
      Path rejectsFolder,
      ImportListener listener)
      throws IOException, SQLException {
    ReadOptions options = request.readOptions(table);
    try (SourceFile source = SourceFile.open(path, options, request.limits())) {
      List<RawRow> head = SourceFile.head(source.rows(), SAMPLE_ROWS);
      if (head.isEmpty()) {
        throw new ImportException(
            ImportProblem.ofFile(
                source.label(), "has no rows (expected a header row and data rows)"));
      }
      ColumnMap map =
          ColumnMapper.map(
              source.label(), table, head, options.headerRow(), request.columns(table));
      List<RawRow> data = new ArrayList<>();
      long aboveHeader = 0;
      for (RawRow row : head) {
        if (map.headerLine().isEmpty() || row.line() > map.headerLine().get()) {
          data.add(row);
        } else if (row.line() < map.headerLine().get()) {
          aboveHeader++;
        }
      }
      ColumnFormats formats =
          ColumnFormats.decide(
              source.label(), table, map, data, source.decimalHint(), options, source.rows());
      FileLoader loader =
          new FileLoader(
              table,
              source,
              map,
              formats,
              LocalDate.now(request.clock()),
              rejectsFolder,
              request.policy());
      return loader.run(connection, data, aboveHeader, listener);
    }
  }

  private FileReport run(
      Connection connection, List<RawRow> head, long aboveHeader, ImportListener listener)
      throws IOException, SQLException {
    try (TableWriter writer = new TableWriter(connection, table)) {
      for (RawRow row : head) {
        take(row, writer);
      }
      RawRow row;
      while ((row = source.rows().next()) != null) {
        take(row, writer);
        if (rowsRead % PROGRESS_EVERY == 0) {
          listener.progress(source.label(), progressDone(), source.size());
        }
      }
      listener.progress(source.label(), progressDone(), source.size());
      writer.writeCatalogue(formats.attributes());
    } finally {
      if (rejects != null) {
        rejects.close();
      }
    }
    return report(aboveHeader);
  }

  private long progressDone() {
    long bytes = source.bytesRead();
    return bytes >= 0 ? bytes : rowsRead;
  }

  private void take(RawRow row, TableWriter writer) throws IOException, SQLException {
    if (row.isBlank()) {
      blankRows++;
      return;
    }
    rowsRead++;
    check.startRow();
    String where = source.rows().where(row.line());
    checkWidth(row, where);
    reader.readFields(row, where, values);
    if (sales != null) {
      sales.check(row, where, values);
    } else {
      checkId(row, where);
    }
    List<@Nullable Object> attributes =
        table.keepsAttributes() ? reader.readAttributes(row, where) : List.of();
    if (check.rowHasProblems()) {
      reject(row, where);
      return;
    }
    rowsAccepted++;
    writer.append(values, row.line());
    if (table.keepsAttributes()) {
      writer.appendAttributes((String) values[0], formats.attributes(), attributes);
    }
  }

  private void checkWidth(RawRow row, String where) {
    int width = map.names().size();
    for (int i = width; i < row.cells().size(); i++) {
      if (!row.cells().get(i).isBlank()) {
        check.row(
            where,
            "has "
                + row.cells().size()
                + " fields, but "
                + map.headerLine()
                    .map(l -> "the header on " + source.rows().where(l))
                    .orElse("the file")
                + " has "
                + width
                + " (expected one value per column; is a separator inside a value without"
                + " quotes?)");
        return;
      }
    }
  }

  /** The id of a register row (customer, prospect, product) is present and unique. */
  private void checkId(RawRow row, String where) {
    Field idField = table.required().get(0);
    int column = map.index(idField);
    Object id = values[0];
    if (id == null) {
      if (row.cell(column).isBlank()) {
        check.empty(where, column, "a " + idName(idField));
      }
      return;
    }
    Long first = seenIds.putIfAbsent((String) id, row.line());
    if (first != null) {
      check.value(
          where,
          column,
          (String) id,
          "appears a second time (first on "
              + source.rows().where(first)
              + "; expected each "
              + idName(idField)
              + " once)");
    }
  }

  private void reject(RawRow row, String where) throws IOException {
    if (policy != BadRowPolicy.REJECT) {
      return;
    }
    if (rejects == null) {
      Files.createDirectories(rejectsFolder);
      rejects =
          new RejectsWriter(
              Files.createTempFile(rejectsFolder, table.label() + "-", ".csv.part"), map.names());
    }
    rejects.write(row, where, check.rowSummary());
  }

  private static String idName(Field field) {
    return switch (field) {
      case CUSTOMER_ID -> "customer id";
      case PROSPECT_ID -> "prospect id";
      case PRODUCT_ID -> "product id";
      default -> field.column();
    };
  }

  private FileReport report(long aboveHeader) throws IOException {
    List<String> notices = new ArrayList<>();
    if (aboveHeader > 0) {
      notices.add(
          aboveHeader == 1
              ? "1 row above the header row was not read as data (a title)"
              : Counts.of(aboveHeader, "row")
                  + " above the header row were not read as data (titles)");
    }
    if (blankRows > 0) {
      notices.add(Counts.of(blankRows, "empty row") + " skipped");
    }
    if (sales != null) {
      notices.addAll(sales.notices());
    }
    List<String> unused = new ArrayList<>();
    List<ColumnReport> columns = new ArrayList<>();
    for (int i = 0; i < map.names().size(); i++) {
      ColumnReport column = columnReport(i);
      if (column.use().equals(NOT_USED)) {
        unused.add(column.column());
      }
      columns.add(column);
    }
    if (!unused.isEmpty()) {
      notices.add("columns not used: " + String.join(", ", unused));
    }
    Problems problems = check.problems();
    return new FileReport(
        table,
        source.label(),
        source.path(),
        source.fingerprint(),
        source.format(),
        map.headerLine(),
        columns,
        rowsRead,
        rowsAccepted,
        rowsRead - rowsAccepted,
        notices,
        problems.kept(),
        problems.count(),
        Optional.ofNullable(rejects).map(RejectsWriter::file));
  }

  private static final String NOT_USED = "not used";

  private ColumnReport columnReport(int index) {
    String name = map.name(index);
    for (Map.Entry<Field, Integer> entry : map.fields().entrySet()) {
      if (entry.getValue() == index) {
        Field field = entry.getKey();
        String format =
            formats.describe(field)
                + Headers.unit(name).map(u -> ", stored in " + u + " as written").orElse("");
        return new ColumnReport(name, field.column(), map.how().getOrDefault(field, ""), format);
      }
    }
    for (ColumnFormats.Attribute attribute : formats.attributes()) {
      if (attribute.index() == index) {
        return new ColumnReport(
            name,
            "attribute (" + attribute.kind().name() + ")",
            "",
            ColumnFormats.describe(attribute));
      }
    }
    return new ColumnReport(name, NOT_USED, "", "");
  }
}
