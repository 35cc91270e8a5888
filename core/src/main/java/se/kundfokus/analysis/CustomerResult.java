package se.kundfokus.analysis;

import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.segment.SegmentKey;

/**
 * One customer: its segment, scores and reasons, and its facts.
 *
 * @param segment the segment's key
 * @param segmentName the segment's name
 * @param fit how much it looks like the best customers, 0 to 100; empty without potential
 *     parameters
 * @param potential what comparable customers buy in a year less what it bought in the last 12
 *     months; empty without potential parameters
 * @param pain its pain, 0 to 100; empty without pain parameters
 * @param probabilityAlive the churn model's chance that it is still a customer; empty without a
 *     churn model
 */
public record CustomerResult(
    String customerId,
    Optional<String> name,
    SegmentKey segment,
    String segmentName,
    Optional<Double> fit,
    Optional<Double> potential,
    Optional<Double> pain,
    Optional<Double> probabilityAlive,
    Reasons reasons,
    CustomerFacts facts) {
  public CustomerResult {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(segmentName, "segmentName must not be null");
    Objects.requireNonNull(fit, "fit must not be null");
    Objects.requireNonNull(potential, "potential must not be null");
    Objects.requireNonNull(pain, "pain must not be null");
    Objects.requireNonNull(probabilityAlive, "probabilityAlive must not be null");
    Objects.requireNonNull(reasons, "reasons must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
  }
}
