package se.kundfokus.privacy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.kundfokus.ingest.Importer;
import se.kundfokus.store.MemorySettings;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * Removes a customer (its register row, its sales lines, its attributes and its segments in every
 * stored run) or a prospect from a workspace, then rewrites the workspace file, so that the removed
 * rows are not left in the file's free pages, and removes its lines from the rejects files. The
 * stored models hold only figures over many customers, not this one's data. The import log keeps
 * the fingerprints of the files imported: the user's own export files are the user's to delete.
 */
public final class Erasure {
  private Erasure() {}

  /** Which kind of company to forget. */
  public enum Entity {
    CUSTOMER,
    PROSPECT
  }

  /**
   * Forgets one customer or prospect. The workspace file must not be open elsewhere.
   *
   * @throws IllegalArgumentException when the workspace holds nothing of that id
   */
  public static ErasureReport forget(Path workspaceFile, Entity entity, String id) {
    return forget(workspaceFile, entity, id, MemorySettings.defaults());
  }

  /**
   * Forgets one customer or prospect, with DuckDB's memory limit and folder for temporary files as
   * {@code memory} says (rewriting a large workspace file may need them).
   *
   * @throws IllegalArgumentException when the workspace holds nothing of that id
   */
  public static ErasureReport forget(
      Path workspaceFile, Entity entity, String id, MemorySettings memory) {
    Objects.requireNonNull(workspaceFile, "workspaceFile must not be null");
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(id, "id must not be null");
    Map<String, Long> rows;
    try (Workspace workspace = Workspace.open(workspaceFile, memory)) {
      rows = count(workspace.connection(), entity, id);
      if (rows.values().stream().mapToLong(Long::longValue).sum() == 0) {
        throw new IllegalArgumentException(
            "the workspace "
                + workspaceFile
                + " holds no "
                + (entity == Entity.CUSTOMER ? "customer" : "prospect")
                + " with id '"
                + id
                + "' (ids are compared exactly, as in the files)");
      }
      workspace.transaction(
          c -> {
            delete(c, entity, id);
            return Boolean.TRUE;
          });
      compact(workspace);
    }
    replaceWithCompacted(workspaceFile);
    List<Path> scrubbed = scrubRejects(Importer.rejectsFolder(workspaceFile), id);
    return new ErasureReport(id, rows, scrubbed);
  }

  private static Map<String, Long> count(Connection connection, Entity entity, String id) {
    String resource =
        entity == Entity.CUSTOMER ? "privacy/count_customer.sql" : "privacy/count_prospect.sql";
    int parameters = entity == Entity.CUSTOMER ? 5 : 3;
    Map<String, Long> rows = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(SqlResource.load(resource))) {
      for (int i = 1; i <= parameters; i++) {
        query.setString(i, id);
      }
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          rows.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read workspace: " + e.getMessage(), e);
    }
    if (entity == Entity.CUSTOMER) {
      // A prospect of the same id is another company; it is forgotten with --prospect.
      rows.remove("prospects");
    }
    return rows;
  }

  private static void delete(Connection connection, Entity entity, String id) throws SQLException {
    String resource =
        entity == Entity.CUSTOMER ? "privacy/delete_customer.sql" : "privacy/delete_prospect.sql";
    for (String sql : SqlResource.statements(resource)) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, id);
        statement.executeUpdate();
      }
    }
  }

  /** The compacted copy's file, next to the workspace. */
  static Path compactedFile(Path workspaceFile) {
    Path absolute = workspaceFile.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".compacted");
  }

  /** Copies every table into a fresh database file: deleted rows are not copied. */
  private static void compact(Workspace workspace) {
    Path target = compactedFile(workspace.file());
    try {
      Files.deleteIfExists(target);
      Connection c = workspace.connection();
      String name;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(SqlResource.load("privacy/current_database.sql"))) {
        rs.next();
        name = rs.getString("name");
      }
      try (Statement s = c.createStatement()) {
        s.execute("ATTACH " + literal(target.toString()) + " AS kundfokus_compacted");
        try {
          s.execute("COPY FROM DATABASE " + identifier(name) + " TO kundfokus_compacted");
        } finally {
          s.execute("DETACH kundfokus_compacted");
        }
      }
    } catch (SQLException | IOException e) {
      throw new WorkspaceException(
          "cannot rewrite workspace "
              + workspace.file()
              + " without the erased rows: "
              + e.getMessage(),
          e);
    }
  }

  private static void replaceWithCompacted(Path workspaceFile) {
    Path compacted = compactedFile(workspaceFile);
    try {
      Files.move(
          compacted,
          workspaceFile.toAbsolutePath(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(compacted.resolveSibling(compacted.getFileName() + ".wal"));
    } catch (IOException e) {
      throw new WorkspaceException(
          "cannot replace workspace " + workspaceFile + " with its rewritten copy " + compacted, e);
    }
  }

  /** Removes the lines with a field equal to the id from every rejects file. */
  private static List<Path> scrubRejects(Path folder, String id) {
    List<Path> scrubbed = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return scrubbed;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        if (scrub(file, id)) {
          scrubbed.add(file);
        }
      }
    } catch (IOException e) {
      throw new WorkspaceException("cannot clean the rejects files in " + folder, e);
    }
    return scrubbed;
  }

  private static boolean scrub(Path file, String id) throws IOException {
    List<List<String>> kept = new ArrayList<>();
    boolean removed = false;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(';')
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(in)) {
      for (CsvRecord record : csv) {
        List<String> fields = new ArrayList<>(record.getFields());
        if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
          fields.set(0, fields.get(0).substring(1));
        }
        if (fields.stream().anyMatch(f -> f.strip().equals(id))) {
          removed = true;
        } else {
          kept.add(fields);
        }
      }
    }
    if (!removed) {
      return false;
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out);
      kept.forEach(csv::writeRecord);
      csv.close();
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
