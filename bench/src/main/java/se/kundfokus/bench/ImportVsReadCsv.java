package se.kundfokus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportReport;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * The import of one invoice-lines file (the sample company's {@code fakturarader.csv}, Swedish
 * format) against DuckDB's own {@code read_csv} loading the same file into a table, in the same
 * run, in this process: the practical limit of the embedded engine. Each round times, from opening
 * a fresh database file to closing it:
 *
 * <ol>
 *   <li>{@code CREATE TABLE … AS SELECT * FROM read_csv(file, …)} through the DuckDB JDBC driver,
 *       with the options of that file ({@code sql/bench/read_csv_sales.sql});
 *   <li>{@link Importer#run} of the same file as the sales lines of a fresh workspace, with
 *       everything an import does: detection, mapping, checking every value, the SHA-256
 *       fingerprint, the derived customers and the import log.
 * </ol>
 *
 * <p>The file is read once before the first round, so that both read it from the page cache. Both
 * loads must yield the same number of rows and the same sum of amounts. Besides the wall time, each
 * step reports the CPU time of the whole process and the load averages before and after, and the
 * result is written as JSON:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar se.kundfokus.bench.ImportVsReadCsv \
 *     --sales /tmp/gen10m/fakturarader.csv --out bench/results/import-10m.json [--rounds 2]
 * </pre>
 */
public final class ImportVsReadCsv {
  private ImportVsReadCsv() {}

  /**
   * The result of a run.
   *
   * @param file the invoice-lines file
   * @param bytes its size
   * @param machine the cores, operating system and JVM
   * @param duckdb DuckDB's version and its threads and memory limit settings
   * @param started when the run started
   * @param warmUpSeconds the time of reading the file once before the rounds
   * @param rounds the rounds, in order
   */
  record Report(
      String file,
      long bytes,
      String machine,
      String duckdb,
      Instant started,
      double warmUpSeconds,
      List<Round> rounds) {
    Report {
      rounds = List.copyOf(rounds);
    }
  }

  /**
   * One round: both loads and how many times longer kundfokus took.
   *
   * @param readCsv DuckDB's {@code read_csv} into a table
   * @param kundfokus kundfokus's import
   * @param wallRatio kundfokus's wall time over read_csv's
   * @param cpuRatio kundfokus's CPU time over read_csv's
   */
  record Round(Measurement readCsv, Measurement kundfokus, double wallRatio, double cpuRatio) {
    static Round of(Measurement readCsv, Measurement kundfokus) {
      return new Round(
          readCsv,
          kundfokus,
          kundfokus.wallSeconds() / readCsv.wallSeconds(),
          kundfokus.cpuSeconds() / readCsv.cpuSeconds());
    }
  }

  /**
   * Runs the comparison: {@code --sales FILE --out RESULT.json [--rounds N] [--work DIR]}.
   *
   * @throws IllegalArgumentException for a wrong command line
   */
  public static void main(String[] args) throws Exception {
    Path sales = null;
    Path out = null;
    Path work = null;
    int rounds = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sales" -> sales = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (sales == null || out == null || args.length % 2 != 0 || rounds < 1) {
      throw new IllegalArgumentException(
          "usage: ImportVsReadCsv --sales FILE --out RESULT.json [--rounds N] [--work DIR]");
    }
    Path folder = work != null ? work : Files.createTempDirectory("kundfokus-import-bench");
    Report report = run(sales, folder, rounds, System.out);
    JsonOutput.write(report, out);
    System.out.println("Results in " + out.toAbsolutePath());
  }

  /** Runs {@code rounds} rounds on {@code sales}, with the databases in {@code work}. */
  static Report run(Path sales, Path work, int rounds, PrintStream log) throws Exception {
    Objects.requireNonNull(sales, "sales must not be null");
    Files.createDirectories(work);
    Instant started = Instant.now();
    long warm = System.nanoTime();
    try (InputStream in = Files.newInputStream(sales)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    double warmUp = (System.nanoTime() - warm) / 1e9;
    log.printf(Locale.ROOT, "%s: %s%n", sales, Machine.describe());
    String duckdb = duckdb(work.resolve("settings.duckdb"));
    List<Round> done = new ArrayList<>();
    for (int i = 1; i <= rounds; i++) {
      Measurement readCsv = Measurement.of("read_csv", () -> readCsv(sales, work));
      Measurement kundfokus = Measurement.of("kundfokus import", () -> importSales(sales, work));
      if (readCsv.rows() != kundfokus.rows()
          || Math.abs(readCsv.amount() - kundfokus.amount()) > 1e-9 * Math.abs(readCsv.amount())) {
        throw new IllegalStateException(
            "the loads differ: read_csv " + readCsv + ", kundfokus " + kundfokus);
      }
      Round round = Round.of(readCsv, kundfokus);
      log.printf(
          Locale.ROOT,
          "round %d: %,d rows; read_csv %.2f s (CPU %.2f s), kundfokus %.2f s (CPU %.2f s):"
              + " %.2f times the wall time, %.2f times the CPU; load %s -> %s%n",
          i,
          readCsv.rows(),
          readCsv.wallSeconds(),
          readCsv.cpuSeconds(),
          kundfokus.wallSeconds(),
          kundfokus.cpuSeconds(),
          round.wallRatio(),
          round.cpuRatio(),
          readCsv.loadBefore(),
          kundfokus.loadAfter());
      done.add(round);
    }
    return new Report(
        sales.toAbsolutePath().toString(),
        Files.size(sales),
        Machine.describe(),
        duckdb,
        started,
        warmUp,
        done);
  }

  private static Measurement.Loaded readCsv(Path sales, Path work) throws Exception {
    Path file = fresh(work.resolve("read_csv.duckdb"));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      try (PreparedStatement load =
          connection.prepareStatement(SqlResource.load("bench/read_csv_sales.sql"))) {
        load.setString(1, sales.toAbsolutePath().toString());
        load.execute();
      }
      try (Statement count = connection.createStatement();
          ResultSet rs = count.executeQuery(SqlResource.load("bench/count_read_csv.sql"))) {
        rs.next();
        return new Measurement.Loaded(rs.getLong("rows"), rs.getDouble("amount"));
      }
    } finally {
      fresh(file);
    }
  }

  private static Measurement.Loaded importSales(Path sales, Path work) throws IOException {
    Path file = fresh(work.resolve("kundfokus.duckdb"));
    try (Workspace workspace = Workspace.open(file)) {
      ImportReport report =
          Importer.run(
              workspace,
              ImportRequest.builder().file(Table.SALES, sales).build(),
              ImportListener.NONE);
      TableCounts counts = report.counts();
      return new Measurement.Loaded(counts.salesLines(), counts.salesAmount());
    } finally {
      fresh(file);
    }
  }

  private static String duckdb(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + fresh(file));
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("bench/duckdb_settings.sql"))) {
      rs.next();
      return "DuckDB "
          + rs.getString("version")
          + ", threads "
          + rs.getString("threads")
          + ", memory limit "
          + rs.getString("memory_limit");
    } finally {
      fresh(file);
    }
  }

  /** Deletes a database file and its write-ahead log, so that the next load starts empty. */
  private static Path fresh(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    return file;
  }
}
