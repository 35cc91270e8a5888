package se.kundfokus.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A product group to offer a customer: it has never bought it, while customers who buy a group it
 * does buy (the rule's antecedent) often buy it too.
 *
 * @param becauseOf the antecedent of the rule with the highest confidence
 * @param becauseOfRevenue the customer's revenue in that group in the basket window
 * @param comparableYearlyRevenue what customers who buy both groups spend on this one, scaled to
 *     this customer's spend on the antecedent: the rule's revenue ratio × becauseOfRevenue, per
 *     year
 * @param expectedYearlyValue confidence × comparableYearlyRevenue: the yearly revenue to expect
 *     from offering the group, and the order of the list
 */
public record CrossSellRecommendation(
    String customerId,
    Optional<String> name,
    String productGroup,
    String becauseOf,
    double becauseOfRevenue,
    double confidence,
    double lift,
    double comparableYearlyRevenue,
    double expectedYearlyValue,
    String reason) {
  public CrossSellRecommendation {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(productGroup, "productGroup must not be null");
    Objects.requireNonNull(becauseOf, "becauseOf must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
