package se.kundfokus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The CPU time of the current thread, where the JVM measures it (HotSpot on Linux does). */
final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  /** The current thread's CPU time in nanoseconds, or 0 where it is not measured. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0L;
  }

  /** The milliseconds of CPU time since {@code start}, a value of {@link #now()}. */
  static double millisecondsSince(long start) {
    return (now() - start) / 1e6;
  }
}
