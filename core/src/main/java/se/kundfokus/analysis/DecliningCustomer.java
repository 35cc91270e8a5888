package se.kundfokus.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A customer still buying, but clearly less than the year before.
 *
 * @param change revenue12m / revenuePrevious12m − 1 (−0.45: 45 % less)
 * @param revenueAtRisk revenuePrevious12m − revenue12m: the yearly revenue already lost
 */
public record DecliningCustomer(
    String customerId,
    Optional<String> name,
    double revenue12m,
    double revenuePrevious12m,
    double change,
    double revenueAtRisk,
    String reason) {
  public DecliningCustomer {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
