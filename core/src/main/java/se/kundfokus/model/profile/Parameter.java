package se.kundfokus.model.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import se.kundfokus.model.rule.Condition;

/**
 * A proposed revenue-potential parameter: a condition that best customers meet far more often than
 * others, beyond what the parameters before it explain.
 *
 * @param attribute the attribute's key
 * @param label the attribute in words
 * @param rule the rule as the settings file writes it
 * @param description the condition in words
 * @param customers customers who meet it
 * @param bestCustomers best customers who meet it
 * @param lift how many times as often as all customers its customers are best customers
 * @param conditionalLift the same, against what the parameters before it lead to expect (for the
 *     first parameter the same as {@code lift})
 * @param informationGain what it adds to the parameters before it, in bits
 * @param pValueAdjusted the chance of that by chance, corrected for everything tried
 * @param condition the condition itself
 */
public record Parameter(
    String attribute,
    String label,
    String rule,
    String description,
    long customers,
    long bestCustomers,
    double lift,
    double conditionalLift,
    double informationGain,
    double pValueAdjusted,
    @JsonIgnore Condition condition) {
  public Parameter {
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(condition, "condition must not be null");
  }
}
