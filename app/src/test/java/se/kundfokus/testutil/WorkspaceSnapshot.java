package se.kundfokus.testutil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
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
      List.of(
          "customers",
          "prospects",
          "products",
          "sales",
          "attributes",
          "attribute_values",
          "runs",
          "run_segments");

  /** Tables with more rows than this are compared by their digest. */
  private static final int SHOWN_ROWS = 50;

  /** Tables with a row longer than this (a stored result) are compared by their digest. */
  private static final int SHOWN_LENGTH = 2000;

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
        tables.put(table, summary(rows(workspace, "SELECT * FROM " + table + " ORDER BY ALL")));
      }
      return new WorkspaceSnapshot(toTheOre(workspace.counts()), workspace.imports(), tables);
    }
  }

  /**
   * The counts with the sales amount rounded to the öre: DuckDB sums the lines in parallel, so the
   * last bits of a double sum differ between two reads of the same rows.
   */
  private static TableCounts toTheOre(TableCounts counts) {
    return new TableCounts(
        counts.registerCustomers(),
        counts.customers(),
        counts.prospects(),
        counts.products(),
        counts.salesLines(),
        counts.anonymousSalesLines(),
        counts.firstSale(),
        counts.lastSale(),
        Math.round(counts.salesAmount() * 100) / 100.0,
        counts.attributes());
  }

  /**
   * A table's rows as they are when there are few and short; else their count and a SHA-256 over
   * them, so that a difference in a million sales lines still shows, in a message one can read.
   */
  private static List<String> summary(List<String> rows) {
    if (rows.size() <= SHOWN_ROWS && rows.stream().allMatch(r -> r.length() <= SHOWN_LENGTH)) {
      return rows;
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("no SHA-256 in this JVM", e);
    }
    for (String row : rows) {
      digest.update(row.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return List.of(rows.size() + " rows, sha256:" + HexFormat.of().formatHex(digest.digest()));
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
