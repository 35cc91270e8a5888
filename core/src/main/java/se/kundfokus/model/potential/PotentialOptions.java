package se.kundfokus.model.potential;

/**
 * How potential in money is measured.
 *
 * @param benchmarkPercentile what comparable customers buy is this percentile of their revenue of
 *     the last 12 months (75: the upper quartile, what good customers like it buy)
 * @param minComparable fewer comparable customers than this are too few to measure; then all active
 *     customers are the comparison, and the reason says so
 */
public record PotentialOptions(double benchmarkPercentile, int minComparable) {
  public PotentialOptions {
    if (!(benchmarkPercentile >= 50 && benchmarkPercentile <= 95)) {
      throw new IllegalArgumentException(
          "benchmarkPercentile must be 50 to 95, was " + benchmarkPercentile);
    }
    if (minComparable < 1) {
      throw new IllegalArgumentException("minComparable must be at least 1, was " + minComparable);
    }
  }

  /** The upper quartile of at least 10 comparable customers. */
  public PotentialOptions() {
    this(75, 10);
  }
}
