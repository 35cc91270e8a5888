package se.kundfokus.analysis;

import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.segment.SegmentKey;

/**
 * A company that is not a customer yet, scored against the model: how much it looks like the best
 * customers, what comparable customers buy, its pain and its segment.
 *
 * @param rank 1 for the best fit, then by potential
 * @param potential what comparable customers buy in a year
 */
public record ProspectResult(
    int rank,
    String prospectId,
    Optional<String> name,
    SegmentKey segment,
    String segmentName,
    Optional<Double> fit,
    Optional<Double> potential,
    Optional<Double> pain,
    Reasons reasons) {
  public ProspectResult {
    Objects.requireNonNull(prospectId, "prospectId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(segmentName, "segmentName must not be null");
    Objects.requireNonNull(fit, "fit must not be null");
    Objects.requireNonNull(potential, "potential must not be null");
    Objects.requireNonNull(pain, "pain must not be null");
    Objects.requireNonNull(reasons, "reasons must not be null");
  }
}
