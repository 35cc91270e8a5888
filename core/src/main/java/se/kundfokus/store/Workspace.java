package se.kundfokus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A kundfokus workspace: one embedded DuckDB database file with the canonical tables (customers,
 * sales, products, prospects, typed customer attributes and the import log).
 *
 * <p>Changes go through {@link #transaction}: they are committed as a whole or not at all, so a
 * failed import leaves the workspace exactly as it was. One process at a time may open a workspace
 * file; DuckDB locks it.
 */
public final class Workspace implements AutoCloseable {
  /** The workspace file used when the user names none. */
  public static final String DEFAULT_FILE = "kundfokus.duckdb";

  static final String SCHEMA_VERSION = "1";
  private static final String DUCKDB_MAGIC = "DUCK";

  private final Path file;
  private final Connection connection;

  private Workspace(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the workspace file, creating it and its tables when it does not exist yet. */
  public static Workspace open(Path file) {
    return open(file, MemorySettings.defaults());
  }

  /**
   * Opens the workspace file, creating it and its tables when it does not exist yet, with DuckDB's
   * memory limit and folder for temporary files as {@code memory} says.
   */
  public static Workspace open(Path file, MemorySettings memory) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(memory, "memory must not be null");
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new WorkspaceException(
          "cannot create workspace " + file + ": the folder " + parent + " does not exist");
    }
    refuseForeignFile(file, absolute);
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + absolute, connectionProperties());
    } catch (SQLException e) {
      throw new WorkspaceException(openFailure(file, e), e);
    }
    Workspace workspace = new Workspace(absolute, connection);
    try {
      workspace.configure(memory);
      workspace.createSchema();
    } catch (RuntimeException e) {
      workspace.close();
      throw e;
    }
    return workspace;
  }

  /**
   * Opens an existing workspace file for reading only: nothing is created or written, and other
   * readers may have it open at the same time (not a process that writes to it).
   */
  public static Workspace openReadOnly(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new WorkspaceException(
          "cannot read workspace " + file + ": there is no such file (expected a workspace file)");
    }
    refuseForeignFile(file, absolute);
    Properties readOnly = connectionProperties();
    readOnly.setProperty(READ_ONLY_PROPERTY, "true");
    try {
      return new Workspace(
          absolute, DriverManager.getConnection("jdbc:duckdb:" + absolute, readOnly));
    } catch (SQLException e) {
      throw new WorkspaceException(openFailure(file, e), e);
    }
  }

  /** DuckDB's JDBC connection property for a read-only database. */
  private static final String READ_ONLY_PROPERTY = "duckdb.read_only";

  /**
   * DuckDB would take any file as a database and write to it; a user who passes an export by
   * mistake must get an error, not a damaged export.
   */
  private static void refuseForeignFile(Path file, Path absolute) {
    if (!Files.isRegularFile(absolute)) {
      return;
    }
    byte[] head = new byte[12];
    int read;
    try (InputStream in = Files.newInputStream(absolute)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new WorkspaceException("cannot read workspace " + file, e);
    }
    if (read == 0) {
      return;
    }
    boolean duckdb =
        read == head.length
            && new String(head, 8, 4, StandardCharsets.US_ASCII).equals(DUCKDB_MAGIC);
    if (!duckdb) {
      throw new WorkspaceException(
          "cannot open workspace "
              + file
              + ": the file exists and is not a kundfokus (DuckDB) workspace; choose another"
              + " --workspace file");
    }
  }

  private static String openFailure(Path file, SQLException e) {
    String reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    if (reason.contains("Could not set lock") || reason.contains("Conflicting lock")) {
      return "cannot open workspace "
          + file
          + ": it is in use by another kundfokus process (close that one first)";
    }
    return "cannot open workspace " + file + " (is it a kundfokus workspace?): " + reason;
  }

  private void configure(MemorySettings memory) {
    try {
      memory.applyTo(connection, file);
    } catch (SQLException e) {
      throw new WorkspaceException(
          "cannot open workspace "
              + file
              + " with the memory settings "
              + memory
              + ": "
              + Objects.requireNonNullElse(e.getMessage(), e.toString()),
          e);
    }
  }

  private void createSchema() {
    transaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : SqlResource.statements("store/schema.sql")) {
              statement.execute(sql);
            }
            try (ResultSet rs =
                statement.executeQuery(SqlResource.load("store/count_schema_version.sql"))) {
              rs.next();
              if (rs.getLong(1) == 0) {
                try (PreparedStatement insert =
                    c.prepareStatement(SqlResource.load("store/insert_schema_version.sql"))) {
                  insert.setString(1, SCHEMA_VERSION);
                  insert.executeUpdate();
                }
              }
            }
          }
          return Boolean.TRUE;
        });
  }

  /** The workspace file. */
  public Path file() {
    return file;
  }

  /**
   * The workspace's JDBC connection, for reading. Writes belong in {@link #transaction}. The
   * connection is owned by the workspace: do not close it.
   */
  public Connection connection() {
    return connection;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
   * (the exception is rethrown as it was when unchecked, else wrapped once with the workspace
   * name).
   */
  public <T> T transaction(SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot start a transaction on workspace " + file, e);
    }
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (Exception e) {
      rollback(e);
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new WorkspaceException(
          "workspace " + file + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    } catch (Error e) {
      rollback(e);
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // The connection is broken; the next use reports it.
      }
    }
  }

  private void rollback(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** How many rows each table holds. */
  public TableCounts counts() {
    try {
      return counts(connection);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read workspace " + file, e);
    }
  }

  /** How many rows each table holds, as seen by a connection (also inside a transaction). */
  public static TableCounts counts(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("store/counts.sql"))) {
      rs.next();
      return new TableCounts(
          rs.getLong("register_customers"),
          rs.getLong("customers"),
          rs.getLong("prospects"),
          rs.getLong("products"),
          rs.getLong("sales_lines"),
          rs.getLong("anonymous_sales_lines"),
          Optional.ofNullable(rs.getObject("first_sale", LocalDate.class)),
          Optional.ofNullable(rs.getObject("last_sale", LocalDate.class)),
          rs.getDouble("sales_amount"),
          rs.getLong("attributes"));
    }
  }

  /** The import log, oldest first. */
  public List<ImportRecord> imports() {
    List<ImportRecord> records = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("store/imports.sql"))) {
      while (rs.next()) {
        records.add(
            new ImportRecord(
                rs.getLong("import_id"),
                rs.getString("table_name"),
                rs.getString("file_name"),
                rs.getString("file_path"),
                rs.getString("fingerprint"),
                rs.getLong("rows_read"),
                rs.getLong("rows_accepted"),
                rs.getLong("rows_rejected"),
                Optional.ofNullable(rs.getString("rejects_file")),
                rs.getString("notes"),
                rs.getTimestamp("started_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getTimestamp("finished_at").toLocalDateTime().toInstant(ZoneOffset.UTC)));
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read the import log of workspace " + file, e);
    }
    return List.copyOf(records);
  }

  /** The next import id, to be used inside the importing transaction. */
  public static long nextImportId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("store/next_import_id.sql"))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Logs one imported file; call inside the importing transaction. */
  public static void logImport(Connection connection, ImportRecord record) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(SqlResource.load("store/insert_import.sql"))) {
      insert.setLong(1, record.importId());
      insert.setString(2, record.table());
      insert.setString(3, record.fileName());
      insert.setString(4, record.filePath());
      insert.setString(5, record.fingerprint());
      insert.setLong(6, record.rowsRead());
      insert.setLong(7, record.rowsAccepted());
      insert.setLong(8, record.rowsRejected());
      insert.setString(9, record.rejectsFile().orElse(null));
      insert.setString(10, record.notes());
      insert.setTimestamp(11, utc(record.startedAt()));
      insert.setTimestamp(12, utc(record.finishedAt()));
      insert.executeUpdate();
    }
  }

  private static Timestamp utc(java.time.Instant instant) {
    return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new WorkspaceException("cannot close workspace " + file, e);
    }
  }

  /**
   * The settings of every connection to a workspace: DuckDB neither downloads nor loads an
   * extension by itself (its default fetches a known extension from the internet on first use), so
   * kundfokus makes no network call. A second connection to the same file must use the same
   * settings.
   */
  public static Properties connectionProperties() {
    Properties settings = new Properties();
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "false");
    return settings;
  }
}
