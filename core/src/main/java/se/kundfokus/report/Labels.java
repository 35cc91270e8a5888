package se.kundfokus.report;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentLabel;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * The words of the report, the exported lists and the web pages, in Swedish or English, from the
 * bundle {@code se/kundfokus/report/labels*.properties} (UTF-8). Keys are grouped by prefix: {@code
 * segment.}, {@code list.}, {@code column.}, then one prefix per user ({@code report.}, …).
 */
public final class Labels {
  private static final String BUNDLE = "se.kundfokus.report.labels";

  private final Language language;
  private final ResourceBundle bundle;

  private Labels(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  public static Labels of(Language language) {
    Objects.requireNonNull(language, "language must not be null");
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            Labels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(language, bundle);
  }

  public Language language() {
    return language;
  }

  /**
   * The text of a key.
   *
   * @throws IllegalStateException when the key is missing, a bug the tests catch
   */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no label '" + key + "' in " + language.code(), e);
    }
  }

  /** The text of a key with its {0}, {1}, … filled in, numbers in the language's style. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language.locale()).format(arguments);
  }

  /**
   * A segment's name: the user's own where the settings rename it, else the default in this
   * language.
   */
  public String segmentName(SegmentKey key, SegmentationOptions options) {
    SegmentLabel label = options.label(key);
    SegmentLabel defaults = new SegmentationOptions().label(key);
    return label.name().equals(defaults.name())
        ? get("segment." + key.key() + ".name")
        : label.name();
  }

  /** A segment's recommended action, as {@link #segmentName}. */
  public String segmentAction(SegmentKey key, SegmentationOptions options) {
    SegmentLabel label = options.label(key);
    SegmentLabel defaults = new SegmentationOptions().label(key);
    return label.action().equals(defaults.action())
        ? get("segment." + key.key() + ".action")
        : label.action();
  }
}
