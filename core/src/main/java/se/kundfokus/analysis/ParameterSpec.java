package se.kundfokus.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A potential parameter the user chose in the settings.
 *
 * @param attribute the attribute: its key ({@code sni_division}, {@code sites}) or label ({@code
 *     SNI division}), or a column name of the register ({@code Bolagsform})
 * @param rule the rule, e.g. {@code in 25, 28}; empty: the attribute's condition that separates the
 *     best customers most
 * @param points its points in the fit score; empty: from the data
 * @param where where the user wrote it, for messages, e.g. {@code kundfokus.yaml line 40}
 */
public record ParameterSpec(
    String attribute, Optional<String> rule, Optional<Double> points, String where) {
  public ParameterSpec {
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(points, "points must not be null");
    Objects.requireNonNull(where, "where must not be null");
  }
}
