package se.kundfokus.model.profile;

import java.util.Objects;

/**
 * A condition over one attribute and how it separates the best customers.
 *
 * @param rule the rule as the settings file writes it, e.g. {@code in 25, 28}
 * @param description the condition in words, e.g. {@code SNI division: 25 or 28}
 * @param customers customers who meet it
 * @param bestCustomers best customers who meet it
 * @param bestShare the share of best customers among them
 * @param lift how many times as often as expected its customers are best customers
 * @param informationGain what it tells about being a best customer, in bits
 * @param pValueAdjusted the chance of a difference this large by chance, corrected for the
 *     conditions and attributes tried (Bonferroni)
 */
public record ConditionEvidence(
    String rule,
    String description,
    long customers,
    long bestCustomers,
    double bestShare,
    double lift,
    double informationGain,
    double pValueAdjusted) {
  public ConditionEvidence {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(description, "description must not be null");
  }
}
