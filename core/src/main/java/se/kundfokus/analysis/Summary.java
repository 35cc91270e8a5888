package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The obvious revenue potential in money, as of the reference date.
 *
 * @param revenueAtRisk the revenue at risk of leaving customers, plus the yearly revenue lost by
 *     declining customers, plus the yearly revenue of product groups customers stopped buying
 * @param reactivationPotential the yearly revenue lapsed customers had before they lapsed
 * @param crossSellPotential the expected yearly value of the cross-sell recommendations
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
    long crossSellRecommendations,
    double revenueAtRisk,
    double reactivationPotential,
    double crossSellPotential) {
  public Summary {
    Objects.requireNonNull(asOf, "asOf must not be null");
  }
}
