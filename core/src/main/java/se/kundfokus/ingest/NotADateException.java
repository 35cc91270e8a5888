package se.kundfokus.ingest;

import java.time.DateTimeException;

/**
 * A value that is not a date in the expected form. Thrown per bad value on the hot path of an
 * import, so it carries no stack trace: the message says all there is to say.
 */
final class NotADateException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  NotADateException(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
