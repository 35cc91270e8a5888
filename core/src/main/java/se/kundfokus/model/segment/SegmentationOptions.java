package se.kundfokus.model.segment;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the segments divide and what they are called.
 *
 * @param highPotentialFrom a fit score from this (0–100) is high potential
 * @param highPainFrom a pain score from this (0–100) is high pain
 * @param labels the name and action of each segment
 */
public record SegmentationOptions(
    double highPotentialFrom, double highPainFrom, Map<SegmentKey, SegmentLabel> labels) {

  public SegmentationOptions {
    if (!(highPotentialFrom > 0 && highPotentialFrom <= 100)) {
      throw new IllegalArgumentException(
          "highPotentialFrom must be in (0, 100], was " + highPotentialFrom);
    }
    if (!(highPainFrom > 0 && highPainFrom <= 100)) {
      throw new IllegalArgumentException("highPainFrom must be in (0, 100], was " + highPainFrom);
    }
    EnumMap<SegmentKey, SegmentLabel> all = new EnumMap<>(SegmentKey.class);
    all.putAll(DEFAULT_LABELS);
    all.putAll(labels);
    labels = Map.copyOf(all);
  }

  /**
   * High potential from 40 points (the strongest of two parameters alone, or any one of about equal
   * two), high pain from 30 (one of three equal signs), the default names.
   */
  public SegmentationOptions() {
    this(40, 30, Map.of());
  }

  public SegmentLabel label(SegmentKey key) {
    return Objects.requireNonNull(labels.get(key), "every segment has a label");
  }

  public static final Map<SegmentKey, SegmentLabel> DEFAULT_LABELS =
      Map.of(
          SegmentKey.PRIORITISE,
          new SegmentLabel(
              "Prioritise",
              "Looks like the best customers and shows a need: spend sales time here first."),
          SegmentKey.AWAKEN_NEED,
          new SegmentLabel(
              "Awaken the need",
              "Looks like the best customers but shows no need yet: show what it lacks and what it"
                  + " could gain."),
          SegmentKey.SERVE_EFFICIENTLY,
          new SegmentLabel(
              "Serve efficiently",
              "Has a need but does not look like the best customers: serve it well at low cost"
                  + " (web shop, inside sales, campaigns)."),
          SegmentKey.DEPRIORITISE,
          new SegmentLabel(
              "Deprioritise",
              "Neither looks like the best customers nor shows a need: keep in touch at low cost."),
          SegmentKey.NOT_SEGMENTED,
          new SegmentLabel(
              "Not segmented",
              "No potential parameters to place it by: import a customer register with the"
                  + " companies' attributes, or choose parameters in the settings."));
}
