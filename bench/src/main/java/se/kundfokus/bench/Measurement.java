package se.kundfokus.bench;

import java.util.List;
import java.util.Objects;

/**
 * One timed step.
 *
 * @param step what was timed
 * @param wallSeconds the elapsed time
 * @param cpuSeconds the CPU time of the whole process meanwhile, all its threads
 * @param rows the rows the step loaded
 * @param amount the sum of the amounts it loaded, to check that both loads read the same values
 * @param loadBefore the load averages (1, 5, 15 minutes) before the step
 * @param loadAfter the load averages after it
 */
record Measurement(
    String step,
    double wallSeconds,
    double cpuSeconds,
    long rows,
    double amount,
    List<Double> loadBefore,
    List<Double> loadAfter) {
  Measurement {
    Objects.requireNonNull(step, "step must not be null");
    loadBefore = List.copyOf(loadBefore);
    loadAfter = List.copyOf(loadAfter);
  }

  /** Times a step that reports what it loaded. */
  static Measurement of(String step, Step work) throws Exception {
    List<Double> before = Machine.loadAverage();
    long cpu = Machine.processCpuNanos();
    long start = System.nanoTime();
    Loaded loaded = work.run();
    long wall = System.nanoTime() - start;
    long cpuAfter = Machine.processCpuNanos();
    return new Measurement(
        step,
        wall / 1e9,
        cpu < 0 ? -1 : (cpuAfter - cpu) / 1e9,
        loaded.rows(),
        loaded.amount(),
        before,
        Machine.loadAverage());
  }

  /** What a step loaded. */
  record Loaded(long rows, double amount) {}

  /** A step to time. */
  @FunctionalInterface
  interface Step {
    Loaded run() throws Exception;
  }
}
