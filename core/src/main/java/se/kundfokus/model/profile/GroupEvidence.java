package se.kundfokus.model.profile;

import java.util.Objects;

/**
 * One value or band of an attribute.
 *
 * @param value the value or band in words, or {@code unknown}
 * @param customers customers in it
 * @param bestCustomers best customers in it
 * @param bestShare the share of best customers in it
 * @param lift how many times as often as among all customers its customers are best customers
 */
public record GroupEvidence(
    String value, long customers, long bestCustomers, double bestShare, double lift) {
  public GroupEvidence {
    Objects.requireNonNull(value, "value must not be null");
  }
}
