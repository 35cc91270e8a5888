package se.kundfokus.analysis;

import java.util.Objects;

/**
 * The best customers: how many to name, the wider cohort used for statistics, and the weights of
 * the score of desirable buying behaviour.
 *
 * @param count how many best customers to name (5 to 15)
 * @param cohortShare the share of active customers in the wider best cohort (0.2: top 20 %)
 * @param weights the weights of the parts of the score
 */
public record BestCustomerOptions(int count, double cohortShare, ScoreWeights weights) {

  public static final int DEFAULT_COUNT = 10;

  public BestCustomerOptions {
    Objects.requireNonNull(weights, "weights must not be null");
    if (count < 5 || count > 15) {
      throw new IllegalArgumentException("count must be 5 to 15, was " + count);
    }
    if (!(cohortShare > 0 && cohortShare < 1)) {
      throw new IllegalArgumentException("cohortShare must be between 0 and 1, was " + cohortShare);
    }
  }

  /** The top 10, a cohort of the top 20 %, the default weights. */
  public BestCustomerOptions() {
    this(DEFAULT_COUNT, 0.2, new ScoreWeights());
  }

  /**
   * The weights of the parts of the best-customer score; each part is the customer's percentile
   * among active customers (0 to 100), so the score is 0 to 100 whatever the weights sum to.
   */
  public record ScoreWeights(
      double revenue, double margin, double growth, double frequency, double breadth) {
    public ScoreWeights {
      for (double weight : new double[] {revenue, margin, growth, frequency, breadth}) {
        if (!(weight >= 0 && Double.isFinite(weight))) {
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
  }
}
