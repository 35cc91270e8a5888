package se.kundfokus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a measurement ran on and how busy the machine was: the load averages and the CPU time of
 * this process, so that a time taken while other work shared the cores can be told apart.
 */
final class Machine {
  private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

  private Machine() {}

  /**
   * The load averages over 1, 5 and 15 minutes, as {@code uptime} prints them; where the system has
   * no {@code /proc/loadavg}, the 1-minute figure only (or -1 where even that is unknown).
   */
  static List<Double> loadAverage() {
    try {
      String[] fields =
          Files.readString(LOAD_AVERAGE, StandardCharsets.US_ASCII).strip().split(" ", -1);
      return List.of(
          Double.parseDouble(fields[0]),
          Double.parseDouble(fields[1]),
          Double.parseDouble(fields[2]));
    } catch (IOException | RuntimeException e) {
      return List.of(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /**
   * The CPU time of this whole process in nanoseconds, every thread (DuckDB's worker threads, the
   * garbage collector and the JIT compiler too), or -1 where the JVM does not measure it.
   */
  static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return hotspot.getProcessCpuTime();
    }
    return -1;
  }

  /** The cores, the operating system and the JVM, in one line. */
  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.availableProcessors()
        + " cores, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ", "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", max heap "
        + (runtime.maxMemory() >> 20)
        + " MB";
  }
}
