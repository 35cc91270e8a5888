package se.kundfokus.analysis;

/**
 * The thresholds of cross-selling. A rule "customers who buy A also buy B" is kept when enough
 * customers buy both (support), enough of A's customers buy B (confidence), A's customers buy B
 * clearly more often than customers in general (lift), and the overlap is unlikely to be chance (a
 * one-sided hypergeometric test at the analysis' significance, Bonferroni-corrected for the number
 * of pairs of product groups).
 *
 * @param windowMonths the months before the reference date whose purchases make a customer's basket
 * @param minSupport the least share of customers with a basket who buy both groups (0.02: 2 %)
 * @param minCustomers the least number of customers who buy both groups
 * @param minConfidence the least share of the antecedent's customers who also buy the consequent
 * @param minLift how many times more often, at least, than customers in general
 * @param perCustomer how many product groups to recommend to one customer, at most
 */
public record CrossSellOptions(
    int windowMonths,
    double minSupport,
    int minCustomers,
    double minConfidence,
    double minLift,
    int perCustomer) {

  public CrossSellOptions {
    if (windowMonths < 1 || windowMonths > 120) {
      throw new IllegalArgumentException("windowMonths must be 1 to 120, was " + windowMonths);
    }
    if (!(minSupport >= 0 && minSupport < 1)) {
      throw new IllegalArgumentException("minSupport must be in [0, 1), was " + minSupport);
    }
    if (minCustomers < 1) {
      throw new IllegalArgumentException("minCustomers must be at least 1, was " + minCustomers);
    }
    if (!(minConfidence >= 0 && minConfidence < 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1), was " + minConfidence);
    }
    if (!(minLift >= 1)) {
      throw new IllegalArgumentException("minLift must be at least 1, was " + minLift);
    }
    if (perCustomer < 1 || perCustomer > 20) {
      throw new IllegalArgumentException("perCustomer must be 1 to 20, was " + perCustomer);
    }
  }

  /** Baskets of 24 months; support 2 %, 10 customers, confidence 30 %, lift 1.2; 3 a customer. */
  public CrossSellOptions() {
    this(24, 0.02, 10, 0.3, 1.2, 3);
  }
}
