package se.kundfokus.cli;

import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import se.kundfokus.ingest.ImportListener;

/**
 * A progress bar on the terminal for long work; silent when the output is not a terminal (a pipe,
 * a file, CI), so logs and scripts get only the results.
 */
final class Progress implements ImportListener, AutoCloseable {
  private final boolean enabled;
  private final Map<String, ProgressBar> bars = new HashMap<>();
  private @Nullable ProgressBar current;

  private Progress(boolean enabled) {
    this.enabled = enabled;
  }

  static Progress onTerminal() {
    return new Progress(System.console() != null);
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

  @Override
  public void close() {
    for (ProgressBar bar : bars.values()) {
      bar.close();
    }
    bars.clear();
    current = null;
  }
}
