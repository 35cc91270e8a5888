package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The obvious revenue potential in money, as of the reference date.
 *
 * @param revenueAtRisk the revenue at risk of leaving customers, plus the yearly revenue lost by
 *     declining customers, plus the yearly revenue of product groups customers stopped buying
 * @param reactivationPotential the yearly revenue lapsed customers had before they lapsed
 */
public record Summary(
    LocalDate asOf,
    long customers,
    long activeCustomers,
    double revenue12m,
    double revenuePrevious12m,
    long leavingCustomers,
    long decliningCustomers,
    long partialOutflows,
    long lapsedCustomers,
    double revenueAtRisk,
    double reactivationPotential) {
  public Summary {
    Objects.requireNonNull(asOf, "asOf must not be null");
  }
}
