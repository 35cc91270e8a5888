package se.kundfokus.model.segment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Places a company by its fit (potential) and pain. High potential and high pain: prioritise; high
 * potential only: awaken the need; high pain only: serve efficiently; neither: deprioritise.
 * Without pain parameters, high potential is prioritised and low served efficiently; without
 * potential parameters nothing is segmented.
 */
public final class Segmentation {
  private final SegmentationOptions options;

  public Segmentation(SegmentationOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  public SegmentationOptions options() {
    return options;
  }

  /**
   * The placement.
   *
   * @param fit the fit score; empty when there are no potential parameters
   * @param pain the pain score; empty when there are no pain parameters
   */
  public Placement place(Optional<Double> fit, Optional<Double> pain) {
    if (fit.isEmpty()) {
      return placement(SegmentKey.NOT_SEGMENTED, "no potential parameters");
    }
    boolean highPotential = fit.get() >= options.highPotentialFrom();
    String potentialWords =
        String.format(
            Locale.ROOT,
            "fit %.0f %s %.0f",
            fit.get(),
            highPotential ? ">=" : "<",
            options.highPotentialFrom());
    if (pain.isEmpty()) {
      return placement(
          highPotential ? SegmentKey.PRIORITISE : SegmentKey.SERVE_EFFICIENTLY,
          potentialWords + " (no pain parameters: placed on potential alone)");
    }
    boolean highPain = pain.get() >= options.highPainFrom();
    String words =
        String.format(
            Locale.ROOT,
            "%s, pain %.0f %s %.0f",
            potentialWords,
            pain.get(),
            highPain ? ">=" : "<",
            options.highPainFrom());
    SegmentKey key =
        highPotential
            ? (highPain ? SegmentKey.PRIORITISE : SegmentKey.AWAKEN_NEED)
            : (highPain ? SegmentKey.SERVE_EFFICIENTLY : SegmentKey.DEPRIORITISE);
    return placement(key, words);
  }

  private Placement placement(SegmentKey key, String reason) {
    SegmentLabel label = options.label(key);
    return new Placement(key, label.name(), label.action(), reason);
  }
}
