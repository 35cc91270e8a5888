package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer who bought before and has bought nothing recently: one to reactivate.
 *
 * @param yearlyRevenueBefore revenue in the 12 months up to the last purchase
 * @param usedToBuy the product groups of those 12 months, biggest first
 * @param probabilityAlive the churn model's probability that it is still a customer
 * @param priority yearlyRevenueBefore × probabilityAlive (× 1 without a churn model): the order of
 *     the list
 */
public record LapsedCustomer(
    String customerId,
    Optional<String> name,
    LocalDate lastPurchase,
    long monthsSinceLastPurchase,
    double yearlyRevenueBefore,
    long ordersTotal,
    Optional<Double> probabilityAlive,
    double priority,
    List<GroupRevenue> usedToBuy,
    String reason) {
  public LapsedCustomer {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    usedToBuy = List.copyOf(usedToBuy);
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** Revenue of one product group. */
  public record GroupRevenue(String productGroup, double revenue) {}
}
