package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one customer as of the reference date.
 *
 * @param revenue12m revenue in the 12 months up to the reference date
 * @param revenuePrevious12m revenue in the 12 months before those
 * @param growth revenue12m / revenuePrevious12m − 1; empty when there was no previous revenue
 * @param margin12m margin in the last 12 months; empty when the data has no cost or margin
 * @param orders12m invoices with a positive amount in the last 12 months
 * @param ordersPrevious12m such invoices in the 12 months before those
 * @param productGroups12m product groups bought in the last 12 months
 * @param recencyDays days since the last purchase
 * @param tenureDays days since the first purchase
 * @param averageOrderValue revenue12m / orders12m; empty without orders
 * @param revenueShare the customer's share of all customers' revenue in the last 12 months
 * @param abcClass A: the customers that make the first 80 % of revenue, B: the next 15 %, C: the
 *     rest
 */
public record CustomerFacts(
    String customerId,
    Optional<String> name,
    double revenue12m,
    double revenuePrevious12m,
    Optional<Double> growth,
    double revenueTotal,
    Optional<Double> margin12m,
    long orders12m,
    long ordersPrevious12m,
    long ordersTotal,
    long productGroups12m,
    LocalDate firstPurchase,
    Optional<LocalDate> lastPurchase,
    long recencyDays,
    long tenureDays,
    Optional<Double> averageOrderValue,
    double revenueShare,
    String abcClass) {

  public CustomerFacts {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(growth, "growth must not be null");
    Objects.requireNonNull(margin12m, "margin12m must not be null");
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    Objects.requireNonNull(averageOrderValue, "averageOrderValue must not be null");
    Objects.requireNonNull(abcClass, "abcClass must not be null");
  }

  /** Bought something in the last 12 months. */
  boolean active() {
    return orders12m > 0;
  }
}
