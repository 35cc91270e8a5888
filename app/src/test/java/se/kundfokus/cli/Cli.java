package se.kundfokus.cli;

import java.io.StringWriter;
import se.kundfokus.testutil.CliResult;

/** Runs the command line in this process, capturing what it prints. */
final class Cli {
  private Cli() {}

  static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = KundfokusCommand.commandLine(out, err).execute(args);
    return new CliResult(exitCode, out.toString(), err.toString());
  }
}
