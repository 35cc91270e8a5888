package se.kundfokus.model.churn;

/**
 * The Gauss hypergeometric function <sub>2</sub>F<sub>1</sub>(a, b; c; z) for 0 &le; z &lt; 1, by
 * its power series. Commons Math has no implementation.
 */
final class Hypergeometric {

  /** The series stops when the estimated rest is below this fraction of the sum. */
  static final double RELATIVE_ACCURACY = 1e-15;

  /** Far more terms than any horizon and scale the models meet (z &lt; 0.9999 needs fewer). */
  static final int MAX_TERMS = 1_000_000;

  /** {@link #logF21} divides its sum by this whenever the sum grows past it. */
  private static final double RESCALE_ABOVE = 1e200;

  private static final double LOG_RESCALE = Math.log(RESCALE_ABOVE);

  private Hypergeometric() {}

  /**
   * <sub>2</sub>F<sub>1</sub>(a, b; c; z) = &Sigma;<sub>n</sub> (a)<sub>n</sub> (b)<sub>n</sub> /
   * (c)<sub>n</sub> z<sup>n</sup> / n!.
   *
   * @throws IllegalArgumentException if z is not in [0, 1) or c is a non-positive integer
   * @throws ArithmeticException if the series has not converged after {@link #MAX_TERMS} terms
   */
  static double f21(double a, double b, double c, double z) {
    if (!(z >= 0.0 && z < 1.0)) {
      throw new IllegalArgumentException("z must be in [0, 1), was " + z);
    }
    if (c <= 0.0 && c == Math.rint(c)) {
      throw new IllegalArgumentException("c must not be a non-positive integer, was " + c);
    }
    double term = 1.0;
    double sum = 1.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
      term *= ratio;
      sum += term;
      if (term == 0.0) {
        return sum;
      }
      double bound = Math.max(Math.abs(ratio), z);
      if (bound < 1.0
          && Math.abs(term) * bound / (1.0 - bound) <= RELATIVE_ACCURACY * Math.abs(sum)) {
        return sum;
      }
    }
    throw notConverged(a, b, c, z);
  }

  /**
   * The natural logarithm of <sub>2</sub>F<sub>1</sub>(a, b; c; z) for positive a, b and c, where
   * every term of the series is positive: the sum is rescaled as it grows, so it never overflows
   * however large the function is.
   *
   * @throws IllegalArgumentException if z is not in [0, 1) or a, b or c is not positive
   * @throws ArithmeticException if the series has not converged after {@link #MAX_TERMS} terms
   */
  static double logF21(double a, double b, double c, double z) {
    if (!(z >= 0.0 && z < 1.0)) {
      throw new IllegalArgumentException("z must be in [0, 1), was " + z);
    }
    if (!(a > 0.0 && b > 0.0 && c > 0.0)) {
      throw new IllegalArgumentException(
          "a, b and c must be positive, were " + a + ", " + b + " and " + c);
    }
    double term = 1.0;
    double sum = 1.0;
    double logScale = 0.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
      term *= ratio;
      sum += term;
      if (sum > RESCALE_ABOVE) {
        sum /= RESCALE_ABOVE;
        term /= RESCALE_ABOVE;
        logScale += LOG_RESCALE;
      }
      if (term == 0.0) {
        return logScale + Math.log(sum);
      }
      double bound = Math.max(ratio, z);
      if (bound < 1.0 && term * bound / (1.0 - bound) <= RELATIVE_ACCURACY * sum) {
        return logScale + Math.log(sum);
      }
    }
    throw notConverged(a, b, c, z);
  }

  private static ArithmeticException notConverged(double a, double b, double c, double z) {
    return new ArithmeticException(
        "2F1("
            + a
            + ", "
            + b
            + "; "
            + c
            + "; "
            + z
            + ") did not converge in "
            + MAX_TERMS
            + " terms");
  }
}
