package se.kundfokus.model.segment;

import java.util.Objects;

/** A company's segment, with the reason in words. */
public record Placement(SegmentKey segment, String name, String action, String reason) {
  public Placement {
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(action, "action must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
