package se.kundfokus.testutil;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** Asserts on a {@link CliResult}; failures show the whole output of the run. */
public final class CliResultAssert extends AbstractAssert<CliResultAssert, CliResult> {
  private CliResultAssert(CliResult actual) {
    super(actual, CliResultAssert.class);
  }

  public static CliResultAssert assertThat(CliResult actual) {
    return new CliResultAssert(actual);
  }

  public CliResultAssert hasExitCode(int expected) {
    isNotNull();
    if (actual.exitCode() != expected) {
      failWithMessage("expected exit code %d, but was %s", expected, actual);
    }
    return this;
  }

  public CliResultAssert hasStdout(String expected) {
    isNotNull();
    Assertions.assertThat(actual.stdout()).as("stdout of %s", actual).isEqualTo(expected);
    return this;
  }

  public CliResultAssert hasStderr(String expected) {
    isNotNull();
    Assertions.assertThat(actual.stderr()).as("stderr of %s", actual).isEqualTo(expected);
    return this;
  }

  public CliResultAssert hasEmptyStdout() {
    return hasStdout("");
  }

  public CliResultAssert hasEmptyStderr() {
    return hasStderr("");
  }

  /** Every expected line appears as a whole line of stdout. */
  public CliResultAssert hasStdoutLines(List<String> expected) {
    isNotNull();
    Assertions.assertThat(actual.stdout().lines().toList())
        .as("lines of stdout of %s", actual)
        .containsSubsequence(expected);
    return this;
  }
}
