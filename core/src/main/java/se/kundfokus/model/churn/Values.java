package se.kundfokus.model.churn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distinct values in the order first seen, each with its index. */
final class Values<T> {

  private final Map<T, Integer> index = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  int indexOf(T value) {
    Integer known = index.get(value);
    if (known != null) {
      return known;
    }
    index.put(value, values.size());
    values.add(value);
    return values.size() - 1;
  }

  List<T> list() {
    return values;
  }
}
