package se.kundfokus.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import se.kundfokus.report.Language;

/**
 * The words of the web pages in Swedish and English, from the bundle {@code
 * se/kundfokus/web/messages*.properties} (UTF-8). The names of segments, lists and columns come
 * from the report's {@link se.kundfokus.report.Labels}, so pages, reports and exports use the same
 * words.
 */
final class Messages {
  private static final String BUNDLE = "se.kundfokus.web.messages";
  private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      ALL.put(language, new Messages(language));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Messages of(Language language) {
    return Objects.requireNonNull(ALL.get(language), "every language has messages");
  }

  Language language() {
    return language;
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text of a key.
   *
   * @throws IllegalStateException when the key is missing, a bug the tests catch
   */
  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' in " + language.code(), e);
    }
  }

  /** The text of a key with its {0}, {1}, … filled in. */
  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language.locale()).format(arguments);
  }

  /** The text of a key, or {@code fallback} when there is none (e.g. a step of a newer core). */
  String getOr(String key, String fallback) {
    return has(key) ? get(key) : fallback;
  }
}
