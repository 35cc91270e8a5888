package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer who has bought recently enough not to have lapsed, but whom the churn model gives a
 * low probability of still being a customer: its usual rhythm of orders has stopped.
 *
 * @param yearlyRevenue the mean of the last two years' revenue
 * @param revenueAtRisk yearlyRevenue × (1 − probabilityAlive)
 */
public record LeavingCustomer(
    String customerId,
    Optional<String> name,
    double probabilityAlive,
    LocalDate lastPurchase,
    double yearlyRevenue,
    double revenueAtRisk,
    String reason) {
  public LeavingCustomer {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
