package se.kundfokus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Reads one file into one workspace table inside the import's transaction: maps its columns, reads
 * every value the way its column was detected, checks each row and appends the good ones. Bad rows
 * are reported with file, line, column and what was expected.
 */
final class FileLoader {
  static final int SAMPLE_ROWS = 10_000;
  private static final long PROGRESS_EVERY = 50_000;

  private final Table table;
  private final SourceFile source;
  private final ColumnMap map;
  private final ColumnFormats formats;
  private final LocalDate today;
  private final Problems problems = new Problems();
  private final Map<String, Long> seenIds = new HashMap<>();
  private final List<Field> fields;
  private final @Nullable Object[] values;
  private final List<String> rowProblems = new ArrayList<>();
  private final Path rejectsFolder;
  private final BadRowPolicy policy;
  private @Nullable RejectsWriter rejects;

  private long rowsRead;
  private long rowsAccepted;
  private long creditNotes;
  private long zeroAmounts;
  private long anonymous;
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
    this.today = today;
    this.fields = table.fields();
    this.values = new Object[fields.size()];
    this.rejectsFolder = rejectsFolder;
    this.policy = policy;
  }

  /**
   * Replaces the table's rows with the file's. Throws {@link ImportException} for problems of the
   * whole file; bad rows are counted in the report (the caller decides whether they fail the
   * import).
   */
  static FileReport load(
      Connection connection,
      Table table,
      Path path,
      ImportRequest request,
      Path rejectsFolder,
      ImportListener listener)
      throws IOException, SQLException {
    ReadOptions options = request.readOptions(table);
    try (SourceFile source = SourceFile.open(path, options)) {
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
          ColumnFormats.decide(source.label(), table, map, data, source.decimalHint(), options);
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
    clear(connection);
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender rowsOut = duck.createAppender("main", table.label());
        DuckDBAppender attributesOut = duck.createAppender("main", "attribute_values")) {
      for (RawRow row : head) {
        take(row, rowsOut, attributesOut);
      }
      RawRow row;
      while ((row = source.rows().next()) != null) {
        take(row, rowsOut, attributesOut);
        if (rowsRead % PROGRESS_EVERY == 0) {
          listener.progress(source.label(), progressDone(), source.size());
        }
      }
      listener.progress(source.label(), progressDone(), source.size());
    } finally {
      if (rejects != null) {
        rejects.close();
      }
    }
    writeAttributeCatalogue(connection);
    return report(aboveHeader);
  }

  private long progressDone() {
    long bytes = source.bytesRead();
    return bytes >= 0 ? bytes : rowsRead;
  }

  private void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // The table name comes from the Table enum, never from the user.
      statement.executeUpdate("DELETE FROM " + table.label());
    }
    if (table.keepsAttributes()) {
      for (String sql :
          List.of(
              "DELETE FROM attribute_values WHERE entity = ?",
              "DELETE FROM attributes WHERE entity = ?")) {
        try (var delete = connection.prepareStatement(sql)) {
          delete.setString(1, table.entity());
          delete.executeUpdate();
        }
      }
    }
  }

  private void take(RawRow row, DuckDBAppender rowsOut, DuckDBAppender attributesOut)
      throws IOException, SQLException {
    if (row.isBlank()) {
      blankRows++;
      return;
    }
    rowsRead++;
    rowProblems.clear();
    String where = source.rows().where(row.line());
    checkWidth(row, where);
    for (int i = 0; i < fields.size(); i++) {
      values[i] = read(fields.get(i), row, where);
    }
    checkRow(row, where);
    List<@Nullable Object> attributeValues = readAttributes(row, where);
    if (!rowProblems.isEmpty()) {
      reject(row, where);
      return;
    }
    rowsAccepted++;
    append(rowsOut, row);
    if (table.keepsAttributes()) {
      appendAttributes(attributesOut, attributeValues);
    }
  }

  private void checkWidth(RawRow row, String where) {
    int width = map.names().size();
    for (int i = width; i < row.cells().size(); i++) {
      if (!row.cells().get(i).isBlank()) {
        problem(
            new ImportProblem(
                source.label(),
                Optional.of(where),
                Optional.empty(),
                Optional.empty(),
                "has "
                    + row.cells().size()
                    + " fields, but "
                    + map.headerLine()
                        .map(l -> "the header on " + source.rows().where(l))
                        .orElse("the file")
                    + " has "
                    + width
                    + " (expected one value per column; is a separator inside a value without"
                    + " quotes?)"));
        return;
      }
    }
  }

  private @Nullable Object read(Field field, RawRow row, String where) {
    int index = map.index(field);
    if (index < 0) {
      return null;
    }
    String cell = row.cell(index).strip();
    if (cell.isEmpty()) {
      return null;
    }
    return switch (field.type()) {
      case ID, TEXT -> cell;
      case ORG_NUMBER -> {
        if (!OrgNumber.isValid(cell)) {
          valueProblem(
              where,
              index,
              cell,
              "is not a valid organisation number (expected " + OrgNumber.expected() + ")");
        }
        yield cell;
      }
      case NUMBER -> {
        DecimalStyle style = formats.decimal(field);
        double number = NumberParser.parseOrNaN(cell, style);
        if (Double.isNaN(number)) {
          valueProblem(
              where,
              index,
              cell,
              "is not a number (expected " + NumberParser.expected(style) + ")");
          yield null;
        }
        yield number;
      }
      case DATE -> {
        DateForm form = formats.dateForm();
        if (!form.matches(cell)) {
          valueProblem(
              where, index, cell, "is not a date (expected " + DateParser.expected(form) + ")");
          yield null;
        }
        yield form.parse(cell);
      }
    };
  }

  private void checkRow(RawRow row, String where) {
    Field idField = table.required().get(0);
    if (table == Table.SALES) {
      checkSalesRow(row, where);
      return;
    }
    int idIndex = fields.indexOf(idField);
    Object id = values[idIndex];
    int column = map.index(idField);
    if (id == null) {
      if (row.cell(column).isBlank()) {
        emptyProblem(where, column, "a " + idName(idField));
      }
      return;
    }
    Long first = seenIds.putIfAbsent((String) id, row.line());
    if (first != null) {
      valueProblem(
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

  private void checkSalesRow(RawRow row, String where) {
    int dateColumn = map.index(Field.DATE);
    int dateAt = fields.indexOf(Field.DATE);
    LocalDate date = (LocalDate) values[dateAt];
    if (date == null && row.cell(dateColumn).isBlank()) {
      emptyProblem(where, dateColumn, "an invoice date");
    } else if (date != null && date.isAfter(today)) {
      valueProblem(
          where,
          dateColumn,
          row.cell(dateColumn).strip(),
          "is after today, " + today + " (expected a sales date on or before today)");
    }
    if (values[fields.indexOf(Field.CUSTOMER_ID)] == null) {
      anonymous++;
    }
    int amountAt = fields.indexOf(Field.AMOUNT);
    if (map.has(Field.AMOUNT)) {
      if (values[amountAt] == null && row.cell(map.index(Field.AMOUNT)).isBlank()) {
        emptyProblem(where, map.index(Field.AMOUNT), "an amount");
      }
    } else {
      Object quantity = values[fields.indexOf(Field.QUANTITY)];
      Object price = values[fields.indexOf(Field.UNIT_PRICE)];
      if (quantity == null && row.cell(map.index(Field.QUANTITY)).isBlank()) {
        emptyProblem(where, map.index(Field.QUANTITY), "a quantity, to compute the amount");
      }
      if (price == null && row.cell(map.index(Field.UNIT_PRICE)).isBlank()) {
        emptyProblem(where, map.index(Field.UNIT_PRICE), "a unit price, to compute the amount");
      }
      if (quantity != null && price != null) {
        values[amountAt] = Math.round((Double) quantity * (Double) price * 1e6) / 1e6;
      }
    }
    Object amount = values[amountAt];
    if (amount != null && rowProblems.isEmpty()) {
      double value = (Double) amount;
      if (value < 0) {
        creditNotes++;
      } else if (value == 0) {
        zeroAmounts++;
      }
    }
  }

  private List<@Nullable Object> readAttributes(RawRow row, String where) {
    List<@Nullable Object> out = new ArrayList<>();
    for (ColumnFormats.Attribute attribute : formats.attributes()) {
      String cell = row.cell(attribute.index()).strip();
      if (cell.isEmpty()) {
        out.add(null);
        continue;
      }
      switch (attribute.kind()) {
        case NUMBER -> {
          double number = NumberParser.parseOrNaN(cell, attribute.decimal());
          if (Double.isNaN(number)) {
            valueProblem(
                where,
                attribute.index(),
                cell,
                "is not a number (expected "
                    + NumberParser.expected(attribute.decimal())
                    + ", as the rest of the column)");
            out.add(null);
          } else {
            out.add(number);
          }
        }
        case DATE -> {
          DateForm form = attribute.dateForm().orElse(DateForm.ISO);
          if (form.matches(cell)) {
            out.add(form.parse(cell));
          } else {
            valueProblem(
                where,
                attribute.index(),
                cell,
                "is not a date (expected "
                    + DateParser.expected(form)
                    + ", as the rest of the column)");
            out.add(null);
          }
        }
        case BOOLEAN -> {
          try {
            out.add(AttributeTypes.parseBoolean(cell));
          } catch (IllegalArgumentException e) {
            valueProblem(
                where,
                attribute.index(),
                cell,
                "is not yes or no (expected ja/nej, yes/no or true/false, as the rest of the column)");
            out.add(null);
          }
        }
        case CATEGORY -> out.add(cell);
      }
    }
    return out;
  }

  private void append(DuckDBAppender out, RawRow row) throws SQLException {
    out.beginRow();
    for (Object value : values) {
      if (value == null) {
        out.appendNull();
      } else if (value instanceof String text) {
        out.append(text);
      } else if (value instanceof Double number) {
        out.append(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        out.append(date);
      } else {
        throw new IllegalStateException("unexpected value " + value.getClass());
      }
    }
    if (table == Table.CUSTOMERS) {
      out.append(true);
    }
    out.append(row.line());
    out.endRow();
  }

  private void appendAttributes(DuckDBAppender out, List<@Nullable Object> attributeValues)
      throws SQLException {
    String id = (String) values[0];
    List<ColumnFormats.Attribute> attributes = formats.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      Object value = attributeValues.get(i);
      if (value == null || id == null) {
        continue;
      }
      out.beginRow().append(table.entity()).append(id).append(attributes.get(i).name());
      if (value instanceof String text) {
        out.append(text).appendNull().appendNull().appendNull();
      } else if (value instanceof Double number) {
        out.appendNull().append(number.doubleValue()).appendNull().appendNull();
      } else if (value instanceof LocalDate date) {
        out.appendNull().appendNull().append(date).appendNull();
      } else if (value instanceof Boolean flag) {
        out.appendNull().appendNull().appendNull().append(flag.booleanValue());
      }
      out.endRow();
    }
  }

  private void writeAttributeCatalogue(Connection connection) throws SQLException {
    if (!table.keepsAttributes()) {
      return;
    }
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO attributes (entity, name, kind, position) VALUES (?, ?, ?, ?)")) {
      for (ColumnFormats.Attribute attribute : formats.attributes()) {
        insert.setString(1, table.entity());
        insert.setString(2, attribute.name());
        insert.setString(3, attribute.kind().name());
        insert.setInt(4, attribute.index() + 1);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void reject(RawRow row, String where) throws IOException {
    if (policy == BadRowPolicy.REJECT) {
      if (rejects == null) {
        Files.createDirectories(rejectsFolder);
        rejects =
            new RejectsWriter(
                Files.createTempFile(rejectsFolder, table.label() + "-", ".csv.part"), map.names());
      }
      rejects.write(row, where, String.join(" | ", rowProblems));
    }
  }

  private void emptyProblem(String where, int column, String expected) {
    problem(
        new ImportProblem(
            source.label(),
            Optional.of(where),
            Optional.of(map.name(column)),
            Optional.empty(),
            "is empty (expected " + expected + ")"));
  }

  private void valueProblem(String where, int column, String value, String problem) {
    problem(ImportProblem.ofValue(source.label(), where, map.name(column), value, problem));
  }

  private void problem(ImportProblem problem) {
    problems.add(problem);
    rowProblems.add(
        problem.column().map(c -> "column '" + c + "': ").orElse("")
            + problem.value().map(v -> "'" + v + "' ").orElse("")
            + problem.problem());
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
      notices.add(rows(aboveHeader) + " above the header row were not read as data (titles)");
    }
    if (blankRows > 0) {
      notices.add(rows(blankRows).replace("row", "empty row") + " skipped");
    }
    if (table == Table.SALES) {
      if (!map.has(Field.AMOUNT)) {
        notices.add(
            "amount computed as "
                + map.name(map.index(Field.QUANTITY))
                + " × "
                + map.name(map.index(Field.UNIT_PRICE))
                + " on every line");
      }
      if (creditNotes > 0) {
        notices.add(lines(creditNotes) + " with a negative amount (credit notes, returns) kept");
      }
      if (zeroAmounts > 0) {
        notices.add(lines(zeroAmounts) + " with amount 0 kept");
      }
      if (anonymous > 0) {
        notices.add(
            lines(anonymous)
                + " without a customer id kept as anonymous sales (not part of the customer"
                + " analysis)");
      }
    }
    List<String> unused = new ArrayList<>();
    List<ColumnReport> columns = new ArrayList<>();
    for (int i = 0; i < map.names().size(); i++) {
      columns.add(columnReport(i, unused));
    }
    if (!unused.isEmpty()) {
      notices.add("columns not used: " + String.join(", ", unused));
    }
    String fingerprint = source.fingerprint();
    return new FileReport(
        table,
        source.label(),
        source.path(),
        fingerprint,
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

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** "1 line", "2 lines", "1,234 lines". */
  static String lines(long value) {
    return count(value) + (value == 1 ? " line" : " lines");
  }

  /** "1 row", "2 rows". */
  static String rows(long value) {
    return count(value) + (value == 1 ? " row" : " rows");
  }

  private ColumnReport columnReport(int index, List<String> unused) {
    String name = map.name(index);
    for (Map.Entry<Field, Integer> entry : map.fields().entrySet()) {
      if (entry.getValue() == index) {
        Field field = entry.getKey();
        return new ColumnReport(
            name, field.column(), map.how().getOrDefault(field, ""), formats.describe(field));
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
    unused.add(name);
    return new ColumnReport(name, "not used", "", "");
  }
}
