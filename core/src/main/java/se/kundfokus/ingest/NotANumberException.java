package se.kundfokus.ingest;

/**
 * A value that is not a number. Thrown per bad value on the hot path of an import, so it carries no
 * stack trace: the message says all there is to say.
 */
final class NotANumberException extends NumberFormatException {
  private static final long serialVersionUID = 1L;

  NotANumberException(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
