package se.kundfokus.model.potential;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import se.kundfokus.model.rule.Condition;

/**
 * A potential parameter with its weight in the fit score.
 *
 * @param attribute the attribute's key
 * @param label the attribute in words
 * @param rule the rule as the settings file writes it
 * @param description the condition in words
 * @param lift how many times as often as expected its customers are best customers, given the
 *     parameters before it (measured on the data)
 * @param points what meeting it adds to the fit score; the points of all parameters sum to 100
 * @param condition the condition itself
 */
public record WeightedParameter(
    String attribute,
    String label,
    String rule,
    String description,
    double lift,
    double points,
    @JsonIgnore Condition condition) {
  public WeightedParameter {
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(condition, "condition must not be null");
    if (!(points >= 0 && points <= 100)) {
      throw new IllegalArgumentException("points must be 0 to 100, was " + points);
    }
  }
}
