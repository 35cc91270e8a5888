package se.kundfokus.report;

import java.util.Objects;

/**
 * A column of a list.
 *
 * @param key the column's key, stable across languages (e.g. {@code revenue_12m})
 * @param label the header in the list's language
 */
public record Column(String key, String label, ColumnType type) {
  public Column {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(type, "type must not be null");
  }
}
