package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds and choices of the fact-based customer analysis. {@code new AnalysisOptions()}
 * gives the defaults, which work without configuration.
 *
 * @param asOf the reference date; empty means the last sales date
 * @param declineShare a customer is declining when the last 12 months' revenue is at least this
 *     share below the 12 months before (0.3: a drop of 30 % or more), while still buying
 * @param lapsedAfterMonths a customer has lapsed after this many months without a purchase
 * @param lapsedWithinMonths … if it bought within this many months before the reference date
 * @param partialOutflowMonths a product group has stopped when not bought for this many months
 * @param significance how unlikely a drop must be at the customer's own earlier order rate to count
 *     (0.01: a 1 % chance), so that ordinary ups and downs are not reported as outflow
 * @param bestCount how many best customers to name (5 to 15)
 * @param bestCohortShare the share of active customers in the wider best cohort (0.2: top 20 %)
 * @param weights the weights of the best-customer score
 * @param crossSell the thresholds of cross-selling
 */
public record AnalysisOptions(
    Optional<LocalDate> asOf,
    double declineShare,
    int lapsedAfterMonths,
    int lapsedWithinMonths,
    int partialOutflowMonths,
    double significance,
    int bestCount,
    double bestCohortShare,
    ScoreWeights weights,
    CrossSellOptions crossSell) {

  public static final double DEFAULT_DECLINE_SHARE = 0.3;
  public static final int DEFAULT_BEST_COUNT = 10;
  public static final double DEFAULT_SIGNIFICANCE = 0.01;

  public AnalysisOptions {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(weights, "weights must not be null");
    Objects.requireNonNull(crossSell, "crossSell must not be null");
    if (!(declineShare > 0 && declineShare < 1)) {
      throw new IllegalArgumentException(
          "declineShare must be between 0 and 1, was " + declineShare);
    }
    if (lapsedAfterMonths < 1 || lapsedWithinMonths <= lapsedAfterMonths) {
      throw new IllegalArgumentException(
          "lapsed customers need 1 <= lapsedAfterMonths < lapsedWithinMonths, was "
              + lapsedAfterMonths
              + " and "
              + lapsedWithinMonths);
    }
    if (partialOutflowMonths < 1 || partialOutflowMonths > 12) {
      throw new IllegalArgumentException(
          "partialOutflowMonths must be 1 to 12, was " + partialOutflowMonths);
    }
    if (!(significance > 0 && significance <= 1)) {
      throw new IllegalArgumentException("significance must be in (0, 1], was " + significance);
    }
    if (bestCount < 5 || bestCount > 15) {
      throw new IllegalArgumentException("bestCount must be 5 to 15, was " + bestCount);
    }
    if (!(bestCohortShare > 0 && bestCohortShare < 1)) {
      throw new IllegalArgumentException(
          "bestCohortShare must be between 0 and 1, was " + bestCohortShare);
    }
  }

  /** The defaults. */
  public AnalysisOptions() {
    this(
        Optional.empty(),
        DEFAULT_DECLINE_SHARE,
        12,
        36,
        6,
        DEFAULT_SIGNIFICANCE,
        DEFAULT_BEST_COUNT,
        0.2,
        new ScoreWeights(),
        new CrossSellOptions());
  }

  public AnalysisOptions withAsOf(LocalDate date) {
    return new AnalysisOptions(
        Optional.of(date),
        declineShare,
        lapsedAfterMonths,
        lapsedWithinMonths,
        partialOutflowMonths,
        significance,
        bestCount,
        bestCohortShare,
        weights,
        crossSell);
  }

  public AnalysisOptions withBestCount(int count) {
    return new AnalysisOptions(
        asOf,
        declineShare,
        lapsedAfterMonths,
        lapsedWithinMonths,
        partialOutflowMonths,
        significance,
        count,
        bestCohortShare,
        weights,
        crossSell);
  }

  /**
   * The weights of the parts of the best-customer score; each part is the customer's percentile
   * among active customers (0 to 100), so the score is 0 to 100 when the weights sum to 1.
   */
  public record ScoreWeights(
      double revenue, double margin, double growth, double frequency, double breadth) {
    public ScoreWeights {
      for (double weight : new double[] {revenue, margin, growth, frequency, breadth}) {
        if (!(weight >= 0)) {
          throw new IllegalArgumentException("score weights must be >= 0, was " + weight);
        }
      }
      if (revenue + margin + growth + frequency + breadth <= 0) {
        throw new IllegalArgumentException("at least one score weight must be > 0");
      }
    }

    /** Revenue 40 %, margin 20 %, growth 15 %, frequency 15 %, breadth 10 %. */
    public ScoreWeights() {
      this(0.40, 0.20, 0.15, 0.15, 0.10);
    }

    double sum() {
      return revenue + margin + growth + frequency + breadth;
    }
  }
}
