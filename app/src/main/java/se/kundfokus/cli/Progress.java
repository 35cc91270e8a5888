package se.kundfokus.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import se.kundfokus.ingest.ImportListener;

/**
 * A progress bar on the terminal for long work; silent when the output is not a terminal (a pipe, a
 * file, CI), so logs and scripts get only the results.
 */
final class Progress implements ImportListener, AutoCloseable {
  private final boolean enabled;
  private final Map<String, ProgressBar> bars = new HashMap<>();
  private @Nullable ProgressBar current;

  private Progress(boolean enabled) {
    this.enabled = enabled;
  }

  static Progress onTerminal() {
    return new Progress(isTerminal());
  }

  /**
   * Whether a person is watching: on JDK 17 {@code System.console()} is null unless standard input
   * and output are a terminal; from JDK 22 it always exists and {@code isTerminal()} tells.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: both JDK behaviours are checked
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  static Progress silent() {
    return new Progress(false);
  }

  @Override
  public void progress(String file, long done, long total) {
    if (!enabled) {
      return;
    }
    ProgressBar bar =
        bars.computeIfAbsent(
            file,
            name -> {
              if (current != null) {
                current.close();
              }
              ProgressBarBuilder builder =
                  new ProgressBarBuilder()
                      .setTaskName(name)
                      .setStyle(ProgressBarStyle.ASCII)
                      .setInitialMax(total > 0 ? total : -1);
              if (total > 0) {
                builder.setUnit(" MB", 1_000_000).showSpeed();
              }
              return builder.build();
            });
    current = bar;
    bar.stepTo(done);
  }

  /** One step of an analysis, as a bar of steps. */
  void step(String step, int done, int total) {
    if (!enabled) {
      return;
    }
    ProgressBar bar =
        bars.computeIfAbsent(
            "analysis",
            name ->
                new ProgressBarBuilder()
                    .setTaskName("Analysing")
                    .setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(total)
                    .build());
    current = bar;
    bar.setExtraMessage(step);
    bar.stepTo(done);
  }

  @Override
  public void close() {
    for (ProgressBar bar : bars.values()) {
      bar.close();
    }
    bars.clear();
    current = null;
  }
}
