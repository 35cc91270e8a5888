package se.kundfokus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * A workspace's canonical tables written as Parquet files, {@code customers.parquet}, {@code
 * sales.parquet}, …, the layout {@link InputTables} reads. The workspace is opened read-only.
 */
final class WorkspaceExport implements AutoCloseable {
  private final Path folder;
  private final List<ImportRecord> imports;

  private WorkspaceExport(Path folder, List<ImportRecord> imports) {
    this.folder = folder;
    this.imports = imports;
  }

  /** Exports to a new temporary folder, deleted by {@link #close()}. */
  static WorkspaceExport toTemporaryFolder(Path workspace) {
    Path folder;
    try {
      folder = Files.createTempDirectory("kundfokus-spark-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the tables", e);
    }
    try {
      return new WorkspaceExport(folder, write(workspace, folder));
    } catch (RuntimeException e) {
      delete(folder);
      throw e;
    }
  }

  /**
   * Writes every canonical table of the workspace to {@code folder} (created if need be), replacing
   * files of the same names, and returns the workspace's import log.
   */
  static List<ImportRecord> write(Path workspace, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder " + folder, e);
    }
    try (Workspace ws = Workspace.openReadOnly(workspace)) {
      for (CanonicalTables.Table table : CanonicalTables.ALL) {
        Path file = folder.resolve(table.name() + ".parquet").toAbsolutePath();
        try (PreparedStatement copy =
            ws.connection()
                .prepareStatement(SqlResource.load("spark/export_" + table.name() + ".sql"))) {
          copy.setString(1, file.toString());
          copy.execute();
        } catch (SQLException e) {
          throw new WorkspaceException(
              "cannot export table " + table.name() + " of workspace " + workspace + " to " + file,
              e);
        }
      }
      return ws.imports();
    }
  }

  /** The folder the tables are in. */
  Path folder() {
    return folder;
  }

  /** The import log of the workspace, read when it was exported. */
  List<ImportRecord> imports() {
    return imports;
  }

  @Override
  public void close() {
    delete(folder);
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + folder, e);
    }
  }
}
