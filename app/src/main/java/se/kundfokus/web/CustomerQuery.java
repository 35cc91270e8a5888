package se.kundfokus.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.model.segment.SegmentKey;

/**
 * Which customers {@code GET /api/customers} lists: {@code ?segment=&q=&sort=&limit=&offset=}.
 *
 * @param q text the id or name contains (any case)
 * @param sort a sort key, with a leading {@code -} for largest first
 */
record CustomerQuery(
    Optional<SegmentKey> segment, Optional<String> q, String sort, int limit, int offset) {
  static final int MAX_LIMIT = 1000;
  static final String DEFAULT_SORT = "-revenue_12m";

  private static final Map<String, Comparator<CustomerResult>> SORTS =
      Map.of(
          "revenue_12m", Comparator.comparingDouble(c -> c.facts().revenue12m()),
          "fit", byOptional(CustomerResult::fit),
          "pain", byOptional(CustomerResult::pain),
          "potential", byOptional(CustomerResult::potential),
          "growth", byOptional(c -> c.facts().growth()),
          "customer_id", Comparator.comparing(CustomerResult::customerId),
          "name",
              Comparator.comparing(
                  (CustomerResult c) -> c.name().orElse("").toLowerCase(Locale.ROOT)),
          "segment", Comparator.comparing(CustomerResult::segment));

  CustomerQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw HttpProblem.badRequest(
          "limit must be 1 to " + MAX_LIMIT + ", was " + limit + " (expected e.g. limit=50)");
    }
    if (offset < 0) {
      throw HttpProblem.badRequest("offset must not be negative, was " + offset);
    }
    if (!SORTS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort)) {
      throw HttpProblem.badRequest(
          "'"
              + sort
              + "' is not a sort order (expected one of "
              + String.join(", ", SORTS.keySet().stream().sorted().toList())
              + ", with a leading - for largest first)");
    }
  }

  /** Reads the query parameters; absent ones take their defaults. */
  static CustomerQuery of(Function<String, @Nullable String> parameter) {
    Optional<SegmentKey> segment =
        present(parameter.apply("segment")).map(CustomerQuery::segmentKey);
    return new CustomerQuery(
        segment,
        present(parameter.apply("q")),
        present(parameter.apply("sort")).orElse(DEFAULT_SORT),
        present(parameter.apply("limit")).map(v -> integer("limit", v)).orElse(50),
        present(parameter.apply("offset")).map(v -> integer("offset", v)).orElse(0));
  }

  boolean matches(CustomerResult c) {
    if (segment.isPresent() && c.segment() != segment.get()) {
      return false;
    }
    if (q.isEmpty()) {
      return true;
    }
    String wanted = q.get().toLowerCase(Locale.ROOT);
    return c.customerId().toLowerCase(Locale.ROOT).contains(wanted)
        || c.name().orElse("").toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** The order: the sort key, then the customer id, so that pages do not overlap. */
  Comparator<CustomerResult> order() {
    boolean descending = sort.startsWith("-");
    Comparator<CustomerResult> key = SORTS.get(descending ? sort.substring(1) : sort);
    if (key == null) {
      throw new IllegalStateException("checked in the constructor");
    }
    return (descending ? key.reversed() : key).thenComparing(CustomerResult::customerId);
  }

  private static Comparator<CustomerResult> byOptional(
      Function<CustomerResult, Optional<Double>> value) {
    // Absent values sort as the smallest, so they come last largest first.
    return Comparator.comparingDouble(c -> value.apply(c).orElse(Double.NEGATIVE_INFINITY));
  }

  private static Optional<String> present(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static SegmentKey segmentKey(String value) {
    try {
      return SegmentKey.parse(value);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage() + " (or not_segmented)");
    }
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(
          name + " must be a whole number, was '" + value + "' (expected e.g. " + name + "=50)");
    }
  }
}
