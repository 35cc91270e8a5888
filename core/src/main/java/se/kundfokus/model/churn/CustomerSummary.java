package se.kundfokus.model.churn;

import java.util.Objects;

/**
 * One customer's purchase history in the calibration period, as the BG/NBD and Gamma-Gamma models
 * see it. Times are in one {@link TimeUnit}, counted from the customer's first purchase.
 *
 * @param customerId the customer's id
 * @param frequency x, the number of repeat purchases (purchases after the first), at least 0
 * @param recency t<sub>x</sub>, the time of the last purchase; 0 when {@code frequency} is 0
 * @param age T, the time from the first purchase to the end of the calibration period, at least
 *     {@code recency}
 * @param averageSpend m<sub>x</sub>, the mean amount of the repeat purchases (the first purchase
 *     excluded); 0 when {@code frequency} is 0
 */
public record CustomerSummary(
    String customerId, int frequency, double recency, double age, double averageSpend) {

  public CustomerSummary {
    Objects.requireNonNull(customerId, "customerId must not be null");
    if (frequency < 0) {
      throw new IllegalArgumentException(
          "customer " + customerId + ": frequency must not be negative, was " + frequency);
    }
    if (!Double.isFinite(age) || age < 0) {
      throw new IllegalArgumentException(
          "customer " + customerId + ": age must be finite and not negative, was " + age);
    }
    if (!Double.isFinite(recency) || recency < 0 || recency > age) {
      throw new IllegalArgumentException(
          "customer "
              + customerId
              + ": recency must be between 0 and age ("
              + age
              + "), was "
              + recency);
    }
    if (!Double.isFinite(averageSpend)) {
      throw new IllegalArgumentException(
          "customer " + customerId + ": averageSpend must be finite, was " + averageSpend);
    }
    if (frequency == 0 && (recency != 0 || averageSpend != 0)) {
      throw new IllegalArgumentException(
          "customer "
              + customerId
              + ": without repeat purchases recency and averageSpend must be 0, were "
              + recency
              + " and "
              + averageSpend);
    }
  }

  /** A summary without spend, for the BG/NBD model alone. */
  public static CustomerSummary of(String customerId, int frequency, double recency, double age) {
    return new CustomerSummary(customerId, frequency, recency, age, 0.0);
  }
}
