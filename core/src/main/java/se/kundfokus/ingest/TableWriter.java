package se.kundfokus.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import se.kundfokus.store.SqlResource;

/**
 * Writes one table's rows (and, for customers and prospects, their attributes) with DuckDB's
 * appender, inside the import's transaction. Opening it empties the table: a file replaces its
 * table. The rows of tables without attributes (sales lines, products) are appended on a thread of
 * their own ({@link AppendThread}), which opens and closes their appender; a register's rows and
 * attributes go through two appenders on the caller's thread.
 */
final class TableWriter implements AutoCloseable {
  private final Table table;
  private final Connection connection;
  private final @Nullable DuckDBAppender registerRows;
  private final @Nullable DuckDBAppender registerAttributes;
  private final @Nullable AppendThread background;

  TableWriter(Connection connection, Table table) throws SQLException {
    this.table = table;
    this.connection = connection;
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(SqlResource.load("ingest/clear_" + table.label() + ".sql"));
    }
    if (table.keepsAttributes()) {
      for (String sql :
          List.of("ingest/clear_attribute_values.sql", "ingest/clear_attributes.sql")) {
        try (PreparedStatement delete = connection.prepareStatement(SqlResource.load(sql))) {
          delete.setString(1, table.entity());
          delete.executeUpdate();
        }
      }
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    if (table.keepsAttributes()) {
      this.registerRows = duck.createAppender("main", table.label());
      this.registerAttributes = duck.createAppender("main", "attribute_values");
      this.background = null;
    } else {
      this.registerRows = null;
      this.registerAttributes = null;
      this.background =
          new AppendThread(
              table.label(),
              () -> duck.createAppender("main", table.label()),
              (appender, values, line) -> appendRow(appender, table, values, line));
    }
  }

  /**
   * Appends a row: the fields in the table's order, then the table's own columns. {@code values}
   * may be reused for the next row.
   */
  void append(@Nullable Object[] values, long line) throws SQLException {
    if (background != null) {
      background.append(values, line);
    } else {
      appendRow(Objects.requireNonNull(registerRows, "a register's rows"), table, values, line);
    }
  }

  private static void appendRow(
      DuckDBAppender rows, Table table, @Nullable Object[] values, long line) throws SQLException {
    rows.beginRow();
    for (Object value : values) {
      if (value == null) {
        rows.appendNull();
      } else if (value instanceof String text) {
        rows.append(text);
      } else if (value instanceof Double number) {
        rows.append(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        rows.append(date);
      } else {
        throw new IllegalStateException("unexpected value " + value.getClass());
      }
    }
    if (table == Table.CUSTOMERS) {
      rows.append(true); // in_register
    }
    rows.append(line);
    rows.endRow();
  }

  /** Appends the present attribute values of the company {@code id}. */
  void appendAttributes(
      String id, List<ColumnFormats.Attribute> columns, List<@Nullable Object> values)
      throws SQLException {
    DuckDBAppender attributes =
        Objects.requireNonNull(registerAttributes, "only registers have attributes");
    for (int i = 0; i < columns.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue;
      }
      attributes.beginRow().append(table.entity()).append(id).append(columns.get(i).name());
      if (value instanceof String text) {
        attributes.append(text).appendNull().appendNull().appendNull();
      } else if (value instanceof Double number) {
        attributes.appendNull().append(number.doubleValue()).appendNull().appendNull();
      } else if (value instanceof LocalDate date) {
        attributes.appendNull().appendNull().append(date).appendNull();
      } else if (value instanceof Boolean flag) {
        attributes.appendNull().appendNull().appendNull().append(flag.booleanValue());
      }
      attributes.endRow();
    }
  }

  /** Records the attribute columns and their kinds. */
  void writeCatalogue(List<ColumnFormats.Attribute> columns) throws SQLException {
    if (!table.keepsAttributes() || columns.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(SqlResource.load("ingest/insert_attribute.sql"))) {
      for (ColumnFormats.Attribute attribute : columns) {
        insert.setString(1, table.entity());
        insert.setString(2, attribute.name());
        insert.setString(3, attribute.kind().name());
        insert.setInt(4, attribute.index() + 1);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (background != null) {
        background.close();
      }
    } finally {
      try {
        if (registerRows != null) {
          registerRows.close();
        }
      } finally {
        if (registerAttributes != null) {
          registerAttributes.close();
        }
      }
    }
  }
}
