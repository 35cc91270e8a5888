package se.kundfokus.analysis;

import java.util.Objects;
import se.kundfokus.model.pain.PainKind;

/**
 * A pain parameter as the user declared it in the settings.
 *
 * @param name what to call it, e.g. {@code New purchasing manager}
 * @param attribute a column of the register ({@code Ny inköpschef}), a register field ({@code
 *     turnover_growth}) or a fact of the purchases ({@code fact.declining})
 * @param rule the rule, e.g. {@code = yes}, {@code within 6 months}, {@code >= 2}
 * @param weight its weight (any positive number; the weights are shares of their sum)
 * @param kind behov or brist
 * @param where where the user wrote it, for messages
 */
public record PainSpec(
    String name, String attribute, String rule, double weight, PainKind kind, String where) {
  public PainSpec {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(where, "where must not be null");
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException("a pain weight must be positive, was " + weight);
    }
  }
}
