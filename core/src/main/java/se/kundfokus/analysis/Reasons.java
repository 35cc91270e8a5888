package se.kundfokus.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Why a company is where it is, in words.
 *
 * @param segment why it is in its segment: the scores against the thresholds
 * @param potential each potential parameter met or not, and what comparable customers buy
 * @param pain each pain parameter met or not
 */
public record Reasons(String segment, List<String> potential, List<String> pain) {
  public Reasons {
    Objects.requireNonNull(segment, "segment must not be null");
    potential = List.copyOf(potential);
    pain = List.copyOf(pain);
  }
}
