package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A product group a customer stopped buying while still buying others.
 *
 * @param revenueAtRisk the group's revenue in the 12 months before it stopped
 * @param chanceAtUsualRate the chance of no order since the last one, had the customer gone on
 *     ordering the group at its rate of those 12 months (Poisson)
 */
public record PartialOutflow(
    String customerId,
    Optional<String> name,
    String productGroup,
    double revenueAtRisk,
    long ordersBefore,
    LocalDate lastPurchase,
    double chanceAtUsualRate,
    String reason) {
  public PartialOutflow {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(productGroup, "productGroup must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
