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
import se.kundfokus.model.churn.CustomerSummary;
import se.kundfokus.model.churn.GammaGamma;

/**
 * One Gamma-Gamma fit, {@code GammaGamma.fit(summaries, new GammaGamma.Options())}, on 100,000 or
 * 1,000,000 simulated customers with 1 to 80 repeat invoices each ({@link Registers#spend}). The
 * likelihood keeps one term per customer, log(v + x m<sub>x</sub>), so an evaluation costs time in
 * proportion to the customers. The secondary results {@code evaluations} and {@code
 * cpuMilliseconds} report the fit's count and the CPU time of the fitting thread, summed over the
 * measured iterations as for {@link BgNbdFitBenchmark}.
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
public class GammaGammaFitBenchmark {

  /** The number of customers. */
  @Param({"100000", "1000000"})
  public int customers;

  private List<CustomerSummary> summaries = List.of();

  /** Simulates the customers, once per trial. */
  @Setup(Level.Trial)
  public void simulate() {
    summaries = Registers.spend(customers);
  }

  /** Fits the model with the default options. */
  @Benchmark
  public GammaGamma.Fitted fit(Counts counts) {
    long cpu = CpuTime.now();
    GammaGamma.Fitted fitted = GammaGamma.fit(summaries, new GammaGamma.Options());
    counts.cpuMilliseconds += CpuTime.millisecondsSince(cpu);
    counts.evaluations += fitted.evaluations();
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

    /** Starts each iteration from 0. */
    @Setup(Level.Iteration)
    public void clear() {
      evaluations = 0;
      cpuMilliseconds = 0;
    }
  }
}
