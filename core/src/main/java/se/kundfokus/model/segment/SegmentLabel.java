package se.kundfokus.model.segment;

import java.util.Objects;

/** A segment's name and recommended action, as a seller reads them. */
public record SegmentLabel(String name, String action) {
  public SegmentLabel {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(action, "action must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a segment's name must not be blank");
    }
  }
}
