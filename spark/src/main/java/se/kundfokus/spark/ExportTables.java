package se.kundfokus.spark;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import se.kundfokus.store.WorkspaceException;

/**
 * Writes a workspace's canonical tables as Parquet files into a folder, the layout {@code analyze
 * --engine spark --tables} reads; copy the folder to the cluster (e.g. {@code hdfs dfs -put}).
 *
 * <pre>
 * java -cp kundfokus-spark.jar se.kundfokus.spark.ExportTables kundfokus.duckdb tables/
 * </pre>
 */
public final class ExportTables {
  private ExportTables() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs with these arguments; returns the exit code (0, 2 for usage, 3 for the workspace). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println(
          "Usage: java -cp kundfokus-spark.jar "
              + ExportTables.class.getName()
              + " WORKSPACE FOLDER");
      err.println("Writes the workspace's tables as FOLDER/customers.parquet, sales.parquet, …");
      return 2;
    }
    Path workspace = Path.of(args[0]);
    Path folder = Path.of(args[1]);
    try {
      WorkspaceExport.write(workspace, folder);
    } catch (WorkspaceException | UncheckedIOException e) {
      err.println("kundfokus: " + e.getMessage());
      return 3;
    }
    for (CanonicalTables.Table table : CanonicalTables.ALL) {
      out.println(folder.resolve(table.name() + ".parquet"));
    }
    return 0;
  }
}
