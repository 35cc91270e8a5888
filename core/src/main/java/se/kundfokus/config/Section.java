package se.kundfokus.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One mapping of the settings file, read key by key: each value is checked against what the key
 * allows, and {@link #finish()} refuses keys that were not asked for, naming the valid ones.
 */
final class Section {
  private final String file;
  private final String path;
  private final YamlNode.Mapping mapping;
  private final Set<String> known = new LinkedHashSet<>();

  Section(String file, String path, YamlNode.Mapping mapping) {
    this.file = file;
    this.path = path;
    this.mapping = mapping;
  }

  /** The settings at the top of a file. */
  static Section root(String file, YamlNode.Mapping mapping) {
    return new Section(file, "", mapping);
  }

  int line() {
    return mapping.line();
  }

  /** A nested section; an absent or empty one reads as all defaults. */
  Section section(String key) {
    known.add(key);
    YamlNode node = mapping.entries().get(key);
    if (node == null || (node instanceof YamlNode.Scalar s && s.text().isEmpty())) {
      return new Section(file, name(key), YamlNode.Mapping.empty(lineOf(key)));
    }
    if (node instanceof YamlNode.Mapping nested) {
      return new Section(file, name(key), nested);
    }
    throw problem(key, node.line(), "expected settings below it, indented, not a value");
  }

  /** A list under the key, empty when absent. */
  List<YamlNode> list(String key) {
    known.add(key);
    YamlNode node = mapping.entries().get(key);
    if (node == null || (node instanceof YamlNode.Scalar s && s.text().isEmpty())) {
      return List.of();
    }
    if (node instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    throw problem(key, node.line(), "expected a list (lines starting with '- ')");
  }

  /** The list under the key as sections, one per item, each a mapping; empty when absent. */
  List<Section> sections(String key) {
    List<YamlNode> items = list(key);
    List<Section> sections = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      String itemPath = name(key) + "[" + (i + 1) + "]";
      if (!(item instanceof YamlNode.Mapping mapping)) {
        throw new SettingsException(
            file,
            Optional.of(item.line()),
            Optional.of(itemPath),
            "expected settings (key: value lines), not a single value");
      }
      sections.add(new Section(file, itemPath, mapping));
    }
    return sections;
  }

  /** Where this section is, for messages read later: {@code kundfokus.yaml line 40}. */
  String where() {
    return file + " line " + mapping.line() + (path.isEmpty() ? "" : ", setting '" + path + "'");
  }

  /** The keys given in this section, in file order. */
  Set<String> keys() {
    return mapping.entries().keySet();
  }

  /** The text of a plain value, empty when the key is absent or has no value. */
  Optional<String> text(String key) {
    known.add(key);
    YamlNode node = mapping.entries().get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar.text().map(String::strip).filter(t -> !t.isEmpty());
    }
    throw problem(key, node.line(), "expected a single value, not a list or settings");
  }

  /** A number in [min, max]; the default when absent. */
  double number(String key, double fallback, double min, double max, String expected) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    double value;
    try {
      value = Double.parseDouble(text.get().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw problem(key, "'" + text.get() + "' is not a number (expected " + expected + ")");
    }
    if (!(value >= min && value <= max)) {
      throw problem(key, "'" + text.get() + "' is out of range (expected " + expected + ")");
    }
    return value;
  }

  /** A whole number in [min, max]; the default when absent. */
  int integer(String key, int fallback, int min, int max, String expected) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw problem(key, "'" + text.get() + "' is not a whole number (expected " + expected + ")");
    }
    if (value < min || value > max) {
      throw problem(key, "'" + text.get() + "' is out of range (expected " + expected + ")");
    }
    return value;
  }

  /** A date, yyyy-MM-dd; empty when absent. */
  Optional<LocalDate> date(String key) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      throw problem(
          key, "'" + text.get() + "' is not a date (expected yyyy-MM-dd, e.g. 2025-12-31)");
    }
  }

  /** One of the choices, compared without case; the default when absent. */
  String choice(String key, String fallback, List<String> choices) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return fallback;
    }
    String value = text.get().toLowerCase(Locale.ROOT);
    if (!choices.contains(value)) {
      throw problem(
          key,
          "'"
              + text.get()
              + "' is not a choice here (expected "
              + String.join(", ", choices)
              + ")");
    }
    return value;
  }

  /**
   * Builds a value from what was read; an {@link IllegalArgumentException} from it (settings that
   * do not fit together) is reported at this section.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          file,
          Optional.of(mapping.line()),
          path.isEmpty() ? Optional.empty() : Optional.of(path),
          String.valueOf(e.getMessage()));
    }
  }

  /** Refuses any key that was not read, naming the keys this section has. */
  void finish() {
    for (String key : mapping.entries().keySet()) {
      if (!known.contains(key)) {
        throw problem(
            key,
            lineOf(key),
            "is not a setting"
                + (path.isEmpty() ? "" : " of " + path)
                + " (expected one of "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  SettingsException problem(String key, String problem) {
    return problem(key, lineOf(key), problem);
  }

  SettingsException problem(String key, int line, String problem) {
    return new SettingsException(file, Optional.of(line), Optional.of(name(key)), problem);
  }

  String file() {
    return file;
  }

  private int lineOf(String key) {
    return mapping.keyLines().getOrDefault(key, mapping.line());
  }

  private String name(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
