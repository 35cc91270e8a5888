package se.kundfokus.model.churn;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One purchase (an invoice line or a whole invoice).
 *
 * @param customerId the buying customer
 * @param date the day of the purchase
 * @param amount its value; credit notes are negative
 */
public record Transaction(String customerId, LocalDate date, double amount) {

  public Transaction {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(date, "date must not be null");
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException(
          "customer " + customerId + " on " + date + ": amount must be finite, was " + amount);
    }
  }
}
