package se.kundfokus.analysis;

import java.util.Objects;
import se.kundfokus.model.segment.SegmentKey;

/**
 * One segment: its recommended action, its customers and prospects.
 *
 * @param revenue12m its customers' revenue of the last 12 months
 * @param potential its customers' potential in money, a year
 */
public record SegmentSummary(
    SegmentKey segment,
    String name,
    String action,
    long customers,
    double revenue12m,
    double potential,
    long prospects) {
  public SegmentSummary {
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(action, "action must not be null");
  }
}
