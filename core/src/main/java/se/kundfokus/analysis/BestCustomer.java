package se.kundfokus.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the best customers, with the parts of its score.
 *
 * @param score 0 to 100: the weighted percentiles of its parts
 */
public record BestCustomer(
    int rank, String customerId, Optional<String> name, double score, List<ScorePart> parts) {
  public BestCustomer {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    parts = List.copyOf(parts);
  }

  /**
   * One part of a best-customer score.
   *
   * @param value the customer's figure (e.g. revenue in the last 12 months); empty when unknown
   * @param percentile its percentile among active customers (0 to 100; 50 when unknown)
   * @param weight the part's share of the score
   * @param points weight × percentile: what the part adds to the score
   */
  public record ScorePart(
      String name, Optional<Double> value, double percentile, double weight, double points) {
    public ScorePart {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(value, "value must not be null");
    }
  }
}
