package se.kundfokus.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/** The default engine: the SQL runs in the workspace's embedded DuckDB database. */
public final class DuckDbEngine implements SqlEngine {
  private final Workspace workspace;
  private final Connection connection;

  private DuckDbEngine(Workspace workspace) {
    this.workspace = workspace;
    this.connection = workspace.connection();
  }

  /** An engine over an open workspace; the workspace stays the caller's to close. */
  public static DuckDbEngine of(Workspace workspace) {
    return new DuckDbEngine(Objects.requireNonNull(workspace, "workspace must not be null"));
  }

  @Override
  public String source() {
    return "workspace " + workspace.file();
  }

  @Override
  public TableCounts counts() {
    return workspace.counts();
  }

  @Override
  public List<ImportRecord> imports() {
    return workspace.imports();
  }

  /** The SHA-256 of the imported files' tables and fingerprints, in import order. */
  @Override
  public String dataFingerprint() {
    return fingerprint(imports());
  }

  /** The fingerprint of a list of imports, as {@link #dataFingerprint()} computes it. */
  public static String fingerprint(List<ImportRecord> imports) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ImportRecord record : imports) {
        digest.update(
            (record.table() + "=" + record.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public <T> List<T> query(String resource, List<?> parameters, RowMapper<T> mapper) {
    try (PreparedStatement query = prepare(resource, parameters);
        ResultSet rs = query.executeQuery()) {
      JdbcRow row = new JdbcRow(rs, resource);
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(row));
      }
      return rows;
    } catch (SQLException e) {
      throw failure(resource, e);
    }
  }

  @Override
  public void keep(String name, String resource, List<?> parameters) {
    String sql =
        "CREATE OR REPLACE TEMP TABLE " + identifier(name) + " AS\n" + SqlResource.load(resource);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.execute();
    } catch (SQLException e) {
      throw failure(resource, e);
    }
  }

  @Override
  public void keepRows(String name, List<Column> columns, List<List<Object>> rows) {
    String table = identifier(name);
    String definition =
        columns.stream()
            .map(c -> identifier(c.name()) + " " + sqlType(c.type()))
            .collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    try (Statement create = connection.createStatement()) {
      create.execute("CREATE OR REPLACE TEMP TABLE " + table + " (" + definition + ")");
      if (rows.isEmpty()) {
        return;
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
        for (List<Object> row : rows) {
          if (row.size() != columns.size()) {
            throw new IllegalArgumentException(
                "a row of " + name + " has " + row.size() + " values for " + columns.size());
          }
          bind(insert, row);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw failure("the table " + name, e);
    }
  }

  @Override
  public void drop(String name) {
    try (Statement drop = connection.createStatement()) {
      drop.execute("DROP TABLE IF EXISTS " + identifier(name));
    } catch (SQLException e) {
      throw failure("dropping " + name, e);
    }
  }

  private PreparedStatement prepare(String resource, List<?> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource));
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  /** Names of kept tables are the engine's own, never the user's; checked all the same. */
  static String identifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain SQL name: " + name);
    }
    return name;
  }

  private static String sqlType(Type type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case DOUBLE -> "DOUBLE";
      case LONG -> "BIGINT";
      case DATE -> "DATE";
    };
  }

  private WorkspaceException failure(String what, SQLException e) {
    return new WorkspaceException(
        "cannot analyse workspace " + workspace.file() + " (" + what + "): " + e.getMessage(), e);
  }
}
