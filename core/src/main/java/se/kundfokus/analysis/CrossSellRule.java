package se.kundfokus.analysis;

import java.util.Objects;

/**
 * "Customers who buy the antecedent also buy the consequent", with the counts it rests on.
 *
 * @param customers the customers with a basket in the window
 * @param support bothCustomers / customers
 * @param confidence bothCustomers / antecedentCustomers
 * @param lift confidence / (consequentCustomers / customers): how many times more often than
 *     customers in general
 * @param pValue the chance of at least this overlap if the two groups were bought independently
 *     (hypergeometric, one-sided), before correction for the number of pairs tested
 * @param typicalYearlyRevenue the median yearly revenue in the consequent of the customers who buy
 *     both
 * @param revenueRatio the median, over the customers who buy both, of their revenue in the
 *     consequent per unit of revenue in the antecedent: how a customer's spend on the antecedent
 *     carries over to the consequent
 */
public record CrossSellRule(
    String antecedent,
    String consequent,
    long antecedentCustomers,
    long consequentCustomers,
    long bothCustomers,
    long customers,
    double support,
    double confidence,
    double lift,
    double pValue,
    double typicalYearlyRevenue,
    double revenueRatio) {
  public CrossSellRule {
    Objects.requireNonNull(antecedent, "antecedent must not be null");
    Objects.requireNonNull(consequent, "consequent must not be null");
  }
}
