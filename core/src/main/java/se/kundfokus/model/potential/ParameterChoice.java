package se.kundfokus.model.potential;

import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.rule.Condition;

/**
 * A parameter to build the model on, with the points the user gave it, if any (else they follow
 * from the data).
 */
public record ParameterChoice(Condition condition, Optional<Double> points) {
  public ParameterChoice {
    Objects.requireNonNull(condition, "condition must not be null");
    Objects.requireNonNull(points, "points must not be null");
    if (points.isPresent() && !(points.get() >= 0 && Double.isFinite(points.get()))) {
      throw new IllegalArgumentException("points must be 0 or more, was " + points.get());
    }
  }
}
