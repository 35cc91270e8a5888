package se.kundfokus.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * Everything a workspace holds, to prove that a failed import changed nothing: its counts, its
 * import log and the rows of every table as text.
 */
public record WorkspaceSnapshot(
    TableCounts counts, List<ImportRecord> imports, Map<String, List<String>> tables) {
  private static final List<String> TABLES =
      List.of("customers", "prospects", "products", "sales", "attributes", "attribute_values");

  public WorkspaceSnapshot {
    Objects.requireNonNull(counts, "counts must not be null");
    imports = List.copyOf(imports);
    tables = Map.copyOf(tables);
  }

  /** Reads the workspace file, which must exist; closes it again. */
  public static WorkspaceSnapshot of(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("there is no workspace " + file);
    }
    try (Workspace workspace = Workspace.open(file)) {
      Map<String, List<String>> tables = new LinkedHashMap<>();
      for (String table : TABLES) {
        tables.put(table, rows(workspace, "SELECT * FROM " + table + " ORDER BY ALL"));
      }
      return new WorkspaceSnapshot(workspace.counts(), workspace.imports(), tables);
    }
  }

  /** The rows of a query, each as its values joined by {@code |} ({@code null} for SQL NULL). */
  public static List<String> rows(Workspace workspace, String sql) {
    List<String> rows = new ArrayList<>();
    try (Statement statement = workspace.connection().createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : "|").append(Objects.requireNonNullElse(rs.getString(i), "null"));
        }
        rows.add(row.toString());
      }
    } catch (SQLException e) {
      throw new AssertionError("cannot run " + sql + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
