package se.kundfokus.model.rule;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The attribute values of one customer or prospect, by attribute key ({@code industry_code}, {@code
 * sni_division}, {@code employees}, or a column name of the user's file such as {@code Ny
 * inköpschef}). An attribute without a value is absent.
 */
public record Profile(String id, Map<String, Value> values) {
  public Profile {
    Objects.requireNonNull(id, "id must not be null");
    values = Map.copyOf(values);
  }

  public Optional<Value> value(String key) {
    return Optional.ofNullable(values.get(key));
  }
}
