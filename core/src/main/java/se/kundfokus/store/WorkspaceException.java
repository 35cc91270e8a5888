package se.kundfokus.store;

/** The workspace file cannot be opened, read or written. The message names the file. */
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }

  public WorkspaceException(String message) {
    super(message);
  }
}
