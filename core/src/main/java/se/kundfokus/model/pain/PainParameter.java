package se.kundfokus.model.pain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import se.kundfokus.model.rule.Condition;

/**
 * One pain parameter.
 *
 * @param name what the user calls it, e.g. {@code New purchasing manager}
 * @param attribute the attribute's key (a column, a register field or {@code fact.…})
 * @param rule the rule as the settings file writes it
 * @param description the condition in words
 * @param weight its weight; a company's pain is the share of the total weight of the parameters it
 *     meets
 * @param kind behov or brist
 * @param condition the condition itself
 */
public record PainParameter(
    String name,
    String attribute,
    String rule,
    String description,
    double weight,
    PainKind kind,
    @JsonIgnore Condition condition) {
  public PainParameter {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(condition, "condition must not be null");
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException("weight must be positive, was " + weight);
    }
  }
}
