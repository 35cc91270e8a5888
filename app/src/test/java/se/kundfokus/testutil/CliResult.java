package se.kundfokus.testutil;

import java.util.Objects;

/** What one run of the command line did: its exit code and what it printed. */
public record CliResult(int exitCode, String stdout, String stderr) {
  public CliResult {
    Objects.requireNonNull(stdout, "stdout must not be null");
    Objects.requireNonNull(stderr, "stderr must not be null");
  }

  @Override
  public String toString() {
    return "exit code "
        + exitCode
        + "\n--- stdout ---\n"
        + stdout
        + "--- stderr ---\n"
        + stderr
        + "--------------";
  }
}
