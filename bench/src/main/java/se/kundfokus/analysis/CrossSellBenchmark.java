package se.kundfokus.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;

/**
 * The cross-sell step of {@code analyze}, {@code new CrossSellFinder(engine, asOf, firstSale, new
 * AnalysisOptions()).find(…)}, on seeded synthetic baskets ({@link SyntheticBaskets}): 1,000
 * product groups and 100,000 invoices, and 10,000 product groups and 1,000,000 invoices. One
 * measurement is the whole step as {@code analyze} runs it: the customers' baskets (a temporary
 * table), the co-occurrence counts and medians of every pair of groups bought together by at least
 * ten customers ({@code cross_sell_pairs.sql}, a self-join of the baskets), the thresholds and the
 * hypergeometric test in Java, and the recommendations per active customer.
 *
 * <p>The benchmark lives in the package of {@code CrossSellFinder}, which is package-private, so
 * that it times the step itself rather than a copy of it; the shaded jar puts both in one class
 * loader. The secondary results {@code rules} and {@code recommendations} count what one run found,
 * and {@code basketRows} and {@code pairRows} the size of the problem: the customers' distinct
 * (customer, group) pairs and the rows of the self-join, Σ k(k − 1) over baskets of k groups. As
 * for the churn fits, JMH sums them over the measured iterations.
 *
 * <p>One run per iteration (single shot), after one warm-up run, in one fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CrossSellBenchmark {

  /** Product groups and invoices, as {@code groups:invoices}. */
  @Param({"1000:100000", "10000:1000000"})
  public String size = "1000:100000";

  private Path folder = Path.of("");
  private Optional<Workspace> workspace = Optional.empty();
  private long basketRows;
  private long pairRows;

  /** Writes the synthetic sales lines into a fresh workspace, once per trial. */
  @Setup(Level.Trial)
  public void write() throws IOException, SQLException {
    String[] parts = size.split(":", -1);
    folder = Files.createTempDirectory("kundfokus-cross-sell");
    Workspace opened = Workspace.open(folder.resolve("baskets.duckdb"));
    workspace = Optional.of(opened);
    SyntheticBaskets.write(
        opened,
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        SyntheticBaskets.DEFAULT_SEED);
    try (Statement statement = opened.connection().createStatement();
        ResultSet rs =
            statement.executeQuery(SqlResource.load("bench/cross_sell_problem_size.sql"))) {
      rs.next();
      basketRows = rs.getLong("basket_rows");
      pairRows = rs.getLong("pair_rows");
    }
  }

  /** Closes and deletes the workspace. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    workspace.ifPresent(Workspace::close);
    workspace = Optional.empty();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Finds the rules and the recommendations with the default options. */
  @Benchmark
  public CrossSell find(Counts counts) {
    Workspace opened = workspace.orElseThrow();
    CrossSell found =
        new CrossSellFinder(
                DuckDbEngine.of(opened),
                SyntheticBaskets.AS_OF,
                Optional.of(SyntheticBaskets.AS_OF.minusDays(729)),
                new AnalysisOptions())
            .find(Map.of());
    counts.rules += found.rules().size();
    counts.recommendations += found.recommendations().size();
    counts.basketRows += basketRows;
    counts.pairRows += pairRows;
    return found;
  }

  /** What one run found, reported by JMH as secondary results of each iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counts {

    /** The rules kept. */
    public long rules;

    /** The recommendations to customers. */
    public long recommendations;

    /** The customers' distinct (customer, product group) pairs: the baskets' rows. */
    public long basketRows;

    /** The rows of the baskets' self-join: Σ k(k − 1) over the baskets of k groups. */
    public long pairRows;

    /** Starts each iteration from 0. */
    @Setup(Level.Iteration)
    public void clear() {
      rules = 0;
      recommendations = 0;
      basketRows = 0;
      pairRows = 0;
    }
  }
}
