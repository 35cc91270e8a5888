package se.kundfokus.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL kept as resource files under {@code sql/<feature>/<name>.sql}, one query per file, with
 * {@code ?} bind parameters (values are never concatenated into SQL).
 */
public final class SqlResource {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private SqlResource() {}

  /** The text of {@code sql/<path>}, e.g. {@code load("store/counts.sql")}. */
  public static String load(String path) {
    return CACHE.computeIfAbsent(path, SqlResource::read);
  }

  /** The statements of a script file, split at semicolons that end a line. */
  public static List<String> statements(String path) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : load(path).split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return List.copyOf(statements);
  }

  private static String read(String path) {
    String resource = "/sql/" + path;
    try (InputStream in = SqlResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no SQL resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL resource " + resource, e);
    }
  }
}
