package se.kundfokus.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where two JSON documents differ, each difference as {@code path: expected …, was …}: the same
 * keys, the same array elements in the same order, equal strings and booleans, and numbers equal to
 * a relative tolerance.
 */
final class JsonDifferences {
  private final double relative;
  private final List<String> found = new ArrayList<>();

  private JsonDifferences(double relative) {
    this.relative = relative;
  }

  static List<String> between(JsonNode expected, JsonNode actual, double relative) {
    JsonDifferences differences = new JsonDifferences(relative);
    differences.compare("$", expected, actual);
    return differences.found;
  }

  private void compare(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      double e = expected.asDouble();
      double a = actual.asDouble();
      if (Math.abs(e - a) > relative * Math.max(Math.abs(e), Math.abs(a)) + 1e-12) {
        found.add(path + ": expected " + expected + ", was " + actual);
      }
    } else if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode e = expected.get(name);
        JsonNode a = actual.get(name);
        if (e == null || a == null) {
          found.add(path + "." + name + ": expected " + e + ", was " + a);
        } else {
          compare(path + "." + name, e, a);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        found.add(
            path
                + ": expected "
                + expected.size()
                + " elements, was "
                + actual.size()
                + " (first: "
                + first(expected)
                + " / "
                + first(actual)
                + ")");
      }
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext() && a.hasNext(); i++) {
        compare(path + "[" + i + "]", e.next(), a.next());
      }
    } else if (!expected.equals(actual)) {
      found.add(path + ": expected " + expected + ", was " + actual);
    }
  }

  private static String first(JsonNode array) {
    return array.isEmpty() ? "none" : array.get(0).toString();
  }
}
