package se.kundfokus.analysis;

/** Poisson tail probabilities, to tell an ordinary dip from a real drop. */
final class Poisson {
  private Poisson() {}

  /**
   * P(X ≤ k) for X ~ Poisson(mean): how likely it is to see at most {@code k} orders from a
   * customer who used to place {@code mean} in the same time. 1 when the mean is 0.
   */
  static double atMost(long k, double mean) {
    if (mean <= 0) {
      return 1;
    }
    if (k < 0) {
      return 0;
    }
    // Sum the terms in log space; k is at most a few thousand orders a year.
    double logTerm = -mean;
    double sum = Math.exp(logTerm);
    for (long i = 1; i <= k; i++) {
      logTerm += Math.log(mean) - Math.log((double) i);
      sum += Math.exp(logTerm);
    }
    return Math.min(1, sum);
  }
}
