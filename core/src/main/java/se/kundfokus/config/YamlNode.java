package se.kundfokus.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value with the line it starts on, so that a problem can name the line. */
sealed interface YamlNode {
  int line();

  /** A plain value; empty text for {@code key:} with nothing after it. */
  record Scalar(Optional<String> text, int line) implements YamlNode {}

  /** Keys in file order. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line)
      implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLines = Map.copyOf(keyLines);
    }

    static Mapping empty(int line) {
      return new Mapping(Map.of(), Map.of(), line);
    }
  }

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }
}
