package se.kundfokus.model.segment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The segments, as the settings file and the JSON name them. */
public enum SegmentKey {
  /** High potential, high pain. */
  PRIORITISE,
  /** High potential, low pain. */
  AWAKEN_NEED,
  /** Low potential, high pain (or, without pain parameters, low potential). */
  SERVE_EFFICIENTLY,
  /** Low potential, low pain. */
  DEPRIORITISE,
  /** No potential parameters to place the company by. */
  NOT_SEGMENTED;

  /** {@code awaken_need}, as the settings file and the JSON write it. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The segment named by its key. */
  public static SegmentKey parse(String key) {
    for (SegmentKey k : values()) {
      if (k.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + key
            + "' is not a segment (expected prioritise, awaken_need, serve_efficiently or"
            + " deprioritise)");
  }
}
