package se.kundfokus.model.churn;

/** A model could not be fitted: the optimiser did not converge or the likelihood broke down. */
public final class FitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FitException(String message) {
    super(message);
  }

  FitException(String message, Throwable cause) {
    super(message, cause);
  }
}
