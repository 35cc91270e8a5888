package se.kundfokus.cli;

import picocli.CommandLine;
import se.kundfokus.config.SettingsException;
import se.kundfokus.ingest.ImportException;
import se.kundfokus.store.WorkspaceException;

/** The exit codes of the command line, documented in the README. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
  static final int OK = 0;

  /** The input files have problems; nothing was imported. */
  static final int BAD_INPUT = 1;

  /** The command line or the settings file was wrong (picocli's own code). */
  static final int USAGE = 2;

  /** The workspace could not be opened or written. */
  static final int WORKSPACE = 3;

  /** A file could not be read or written, or something unexpected happened. */
  static final int FAILURE = 4;

  @Override
  public int getExitCode(Throwable exception) {
    if (exception instanceof ImportException) {
      return BAD_INPUT;
    }
    if (exception instanceof WorkspaceException) {
      return WORKSPACE;
    }
    if (exception instanceof SettingsException
        || exception instanceof CommandLine.ParameterException
        || exception instanceof IllegalArgumentException) {
      return USAGE;
    }
    return FAILURE;
  }
}
