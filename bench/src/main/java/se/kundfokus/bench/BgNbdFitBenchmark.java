package se.kundfokus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import se.kundfokus.model.churn.BgNbd;
import se.kundfokus.model.churn.CustomerSummary;

/**
 * One BG/NBD fit, {@code BgNbd.fit(summaries, new BgNbd.Options())}, on a simulated register of
 * 100,000 or 1,000,000 customers ({@link Registers#purchases}): first purchases spread over three
 * years, invoices dated by the day, x, t<sub>x</sub> and T in weeks. The fit's own work is
 * measured: grouping the customers into distinct (x, t<sub>x</sub>, T) histories and maximising the
 * likelihood over them; simulating the register is not.
 *
 * <p>Day-dated histories over three years are mostly distinct: 100,000 customers have 94,692
 * distinct histories and 1,000,000 have 770,929 (296 distinct x, 1,096 distinct t<sub>x</sub> and
 * T), so the grouping saves little and each evaluation of the likelihood costs nearly one term per
 * customer. Besides the time, the secondary results {@code evaluations} and {@code
 * distinctHistories} report the fit's own counts, and {@code cpuMilliseconds} the CPU time of the
 * fitting thread, its cost on one core even while other work shares the machine; JMH sums such
 * counters over the measured iterations, and the fit is deterministic, so one fit's count is the
 * score divided by the number of iterations (the JSON's {@code rawData} holds one per fit).
 *
 * <p>One fit per iteration (single shot), after one warm-up fit, in one fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BgNbdFitBenchmark {

  /** The number of customers in the register. */
  @Param({"100000", "1000000"})
  public int customers;

  private List<CustomerSummary> summaries = List.of();

  /** Simulates the register, once per trial. */
  @Setup(Level.Trial)
  public void simulate() {
    summaries = Registers.purchases(customers);
  }

  /** Fits the model with the default options. */
  @Benchmark
  public BgNbd.Fitted fit(Counts counts) {
    long cpu = CpuTime.now();
    BgNbd.Fitted fitted = BgNbd.fit(summaries, new BgNbd.Options());
    counts.cpuMilliseconds += CpuTime.millisecondsSince(cpu);
    counts.evaluations += fitted.evaluations();
    counts.distinctHistories += fitted.distinctHistories();
    return fitted;
  }

  /** What one fit counted, reported by JMH as secondary results of each iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counts {

    /** Evaluations of the likelihood. */
    public long evaluations;

    /**
     * CPU time of the fitting thread, in milliseconds: what the fit costs on one core, whatever
     * else shares the machine (JIT compiler and garbage collector threads excluded).
     */
    public double cpuMilliseconds;

    /** Distinct (x, t<sub>x</sub>, T) histories among the customers. */
    public long distinctHistories;

    /** Starts each iteration from 0. */
    @Setup(Level.Iteration)
    public void clear() {
      evaluations = 0;
      cpuMilliseconds = 0;
      distinctHistories = 0;
    }
  }
}
