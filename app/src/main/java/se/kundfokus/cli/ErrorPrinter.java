package se.kundfokus.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import picocli.CommandLine;
import se.kundfokus.ingest.ImportException;

/** Prints what went wrong in words a user can act on (no stack trace), and picks the exit code. */
final class ErrorPrinter implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine command, CommandLine.ParseResult parseResult) {
    PrintWriter err = command.getErr();
    Throwable shown =
        exception instanceof UncheckedIOException && exception.getCause() != null
            ? exception.getCause()
            : exception;
    if (shown instanceof ImportException importProblem) {
      err.println(
          "Nothing was imported; the workspace is as it was. "
              + importProblem.problemCount()
              + (importProblem.problemCount() == 1 ? " problem:" : " problems:"));
      err.println(importProblem.getMessage());
    } else if (shown instanceof IllegalArgumentException) {
      err.println("kundfokus: " + shown.getMessage());
      err.println("Try 'kundfokus " + command.getCommandName() + " --help'.");
    } else {
      err.println(
          "kundfokus: "
              + Objects.requireNonNullElse(shown.getMessage(), shown.getClass().getName()));
    }
    err.flush();
    return new ExitCodes().getExitCode(shown);
  }
}
