package se.kundfokus.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads YAML text into {@link YamlNode}s that know their lines. */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String file;
  private final JsonParser parser;

  private YamlReader(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** The document's top-level mapping; an empty document is an empty mapping. */
  static YamlNode.Mapping read(String file, String text) {
    try (Reader reader = new StringReader(text);
        JsonParser parser = FACTORY.createParser(reader)) {
      YamlReader yaml = new YamlReader(file, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return YamlNode.Mapping.empty(1);
      }
      YamlNode root = yaml.value(first);
      if (!(root instanceof YamlNode.Mapping mapping)) {
        throw new SettingsException(
            file,
            Optional.of(root.line()),
            Optional.empty(),
            "expected sections of settings (analysis:, outflow:, …), not a single value or list");
      }
      if (parser.nextToken() != null) {
        throw new SettingsException(
            file, Optional.of(yaml.line()), Optional.empty(), "expected one YAML document");
      }
      return mapping;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new SettingsException(
          file,
          line > 0 ? Optional.of(line) : Optional.empty(),
          Optional.empty(),
          "is not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SettingsException(file, Optional.empty(), Optional.empty(), "cannot be read: " + e);
    }
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private YamlNode value(JsonToken token) throws IOException {
    int line = line();
    return switch (token) {
      case START_OBJECT -> mapping(line);
      case START_ARRAY -> sequence(line);
      case VALUE_NULL -> new YamlNode.Scalar(Optional.empty(), line);
      default -> new YamlNode.Scalar(Optional.of(parser.getText()), line);
    };
  }

  private YamlNode.Mapping mapping(int line) throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line();
      if (entries.containsKey(key)) {
        throw new SettingsException(
            file,
            Optional.of(keyLine),
            Optional.of(key),
            "is given twice (first on line " + keyLines.get(key) + ")");
      }
      JsonToken next = parser.nextToken();
      if (next == null) {
        break;
      }
      entries.put(key, value(next));
      keyLines.put(key, keyLine);
    }
    if (token != JsonToken.END_OBJECT) {
      throw new SettingsException(
          file, Optional.of(line), Optional.empty(), "a mapping is not closed");
    }
    return new YamlNode.Mapping(entries, keyLines, line);
  }

  private YamlNode.Sequence sequence(int line) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
      items.add(value(token));
    }
    return new YamlNode.Sequence(items, line);
  }
}
