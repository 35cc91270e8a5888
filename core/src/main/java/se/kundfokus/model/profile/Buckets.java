package se.kundfokus.model.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Bound;
import se.kundfokus.model.rule.Condition;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Value;

/**
 * One attribute over the population, as a bucket per customer: a category each (unordered), or an
 * interval between candidate cut points (ordered: numbers, and dates as months from the reference
 * date). Conditions are unions of buckets; a customer without a value is in the unknown bucket,
 * which no condition holds.
 */
final class Buckets {
  /** Numbers with at most this many distinct values get a bucket per value. */
  static final int DISTINCT_VALUES = 20;

  final Attribute attribute;
  final int[] of;
  final int count;
  final boolean ordered;
  private final List<String> categories;
  private final double[] cuts;
  private final boolean integers;

  /** The share of customers with a value. */
  final double coverage;

  private Buckets(
      Attribute attribute,
      int[] of,
      int count,
      boolean ordered,
      List<String> categories,
      double[] cuts,
      boolean integers) {
    this.attribute = attribute;
    this.of = of;
    this.count = count;
    this.ordered = ordered;
    this.categories = categories;
    this.cuts = cuts;
    this.integers = integers;
    long known = java.util.Arrays.stream(of).filter(b -> b < count).count();
    this.coverage = of.length == 0 ? 0 : (double) known / of.length;
  }

  /** The unknown bucket's index. */
  int unknown() {
    return count;
  }

  /** Why an attribute cannot be bucketed. */
  enum Refusal {
    NO_VALUES,
    TOO_MANY_VALUES
  }

  /**
   * The attribute's buckets over the population, or why there are none.
   *
   * @param fine for conditions: a bucket per value of up to 20, else per 5 % of customers; not
   *     fine, for showing: a bucket per value of up to 8, else per 20 %
   */
  static Result of(
      Attribute attribute,
      List<Profile> population,
      LocalDate asOf,
      int maxCategories,
      boolean fine) {
    return switch (attribute.kind()) {
      case CATEGORY -> categorical(attribute, population, maxCategories);
      case BOOLEAN -> booleans(attribute, population);
      case NUMBER, DATE -> numbers(attribute, population, asOf, fine);
    };
  }

  /** Buckets, or the reason there are none. */
  record Result(Optional<Buckets> buckets, Optional<Refusal> refusal) {}

  private static Result refused(Refusal refusal) {
    return new Result(Optional.empty(), Optional.of(refusal));
  }

  private static Result made(Buckets buckets) {
    return new Result(Optional.of(buckets), Optional.empty());
  }

  private static Result categorical(
      Attribute attribute, List<Profile> population, int maxCategories) {
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (Profile p : population) {
      p.value(attribute.key())
          .ifPresent(
              v -> {
                String key = v.display().strip().toLowerCase(java.util.Locale.ROOT);
                frequency.merge(key, 1, Integer::sum);
                spelling.putIfAbsent(key, v.display().strip());
              });
    }
    if (frequency.isEmpty()) {
      return refused(Refusal.NO_VALUES);
    }
    if (frequency.size() > maxCategories) {
      return refused(Refusal.TOO_MANY_VALUES);
    }
    List<String> keys = new ArrayList<>(frequency.keySet());
    keys.sort(
        Comparator.comparingInt((String k) -> -frequency.getOrDefault(k, 0))
            .thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> index = new HashMap<>();
    List<String> categories = new ArrayList<>();
    for (String key : keys) {
      index.put(key, categories.size());
      categories.add(spelling.getOrDefault(key, key));
    }
    int[] of = new int[population.size()];
    for (int i = 0; i < of.length; i++) {
      of[i] =
          population
              .get(i)
              .value(attribute.key())
              .map(
                  v ->
                      index.getOrDefault(
                          v.display().strip().toLowerCase(java.util.Locale.ROOT),
                          categories.size()))
              .orElse(categories.size());
    }
    return made(
        new Buckets(attribute, of, categories.size(), false, categories, new double[0], false));
  }

  private static Result booleans(Attribute attribute, List<Profile> population) {
    int[] of = new int[population.size()];
    boolean any = false;
    for (int i = 0; i < of.length; i++) {
      Optional<Value> value = population.get(i).value(attribute.key());
      if (value.isPresent() && value.get() instanceof Value.Bool b) {
        of[i] = b.value() ? 0 : 1;
        any = true;
      } else {
        of[i] = 2;
      }
    }
    if (!any) {
      return refused(Refusal.NO_VALUES);
    }
    return made(new Buckets(attribute, of, 2, false, List.of("yes", "no"), new double[0], false));
  }

  private static Result numbers(
      Attribute attribute, List<Profile> population, LocalDate asOf, boolean fine) {
    double[] values = new double[population.size()];
    boolean[] known = new boolean[population.size()];
    List<Double> present = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      Optional<Double> x = number(population.get(i), attribute, asOf);
      if (x.isPresent()) {
        values[i] = x.get();
        known[i] = true;
        present.add(x.get());
      }
    }
    if (present.isEmpty()) {
      return refused(Refusal.NO_VALUES);
    }
    double[] sorted = present.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    boolean integers = attribute.kind() == AttributeKind.NUMBER;
    for (double x : sorted) {
      integers &= x == Math.rint(x);
    }
    double[] cuts = cuts(sorted, fine ? DISTINCT_VALUES : 8, fine ? 20 : 5, integers);
    int count = cuts.length + 1;
    int[] of = new int[values.length];
    for (int i = 0; i < of.length; i++) {
      of[i] = known[i] ? bucket(cuts, values[i]) : count;
    }
    return made(new Buckets(attribute, of, count, true, List.of(), cuts, integers));
  }

  /** A number, or for a date the months from the reference date to it. */
  static Optional<Double> number(Profile profile, Attribute attribute, LocalDate asOf) {
    return profile
        .value(attribute.key())
        .flatMap(
            v -> {
              if (v instanceof Value.Num n) {
                return Optional.of(n.value());
              }
              if (v instanceof Value.Day d) {
                return Optional.of(Condition.MonthsFrom.months(asOf, d.date()));
              }
              return Optional.empty();
            });
  }

  /**
   * Cut points: every distinct value after the smallest when there are at most {@code distinct};
   * else groups of at least 1/{@code parts} of the customers each, in value order, cut at values
   * rounded to two significant digits (and up to whole numbers for whole-number attributes, so that
   * "under 50" is "at most 49"). A value shared by many customers stays in one group.
   */
  private static double[] cuts(double[] sorted, int distinct, int parts, boolean integers) {
    double[] values = java.util.Arrays.stream(sorted).distinct().toArray();
    if (values.length <= distinct) {
      return java.util.Arrays.copyOfRange(values, 1, values.length);
    }
    double target = (double) sorted.length / parts;
    java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
    int groupStart = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[i - 1]
          && i - groupStart >= target
          && sorted.length - i >= target / 2) {
        double cut = round2(sorted[i]);
        if (integers) {
          cut = Math.ceil(cut);
        }
        if (cut > sorted[groupStart] && cut <= sorted[sorted.length - 1]) {
          cuts.add(cut);
          groupStart = i;
        }
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Two significant digits: 37 stays, 1234 is 1200, 0.0456 is 0.046, -4.31 is -4.3. */
  static double round2(double x) {
    if (x == 0 || !Double.isFinite(x)) {
      return x;
    }
    double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 1);
    return Math.round(x / scale) * scale;
  }

  /** The bucket of a value: the number of cuts at or below it. */
  static int bucket(double[] cuts, double x) {
    int low = 0;
    int high = cuts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cuts[mid] <= x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The condition that holds for the customers in these buckets. */
  Condition condition(BitSet buckets) {
    if (!ordered) {
      if (attribute.kind() == AttributeKind.BOOLEAN) {
        return new Condition.Is(attribute, buckets.get(0));
      }
      List<String> values = new ArrayList<>();
      buckets.stream().forEach(b -> values.add(categories.get(b)));
      values.sort(Comparator.naturalOrder());
      return new Condition.OneOf(attribute, values, false);
    }
    int from = buckets.nextSetBit(0);
    int to = buckets.previousSetBit(count - 1) + 1;
    Optional<Bound> lower =
        from == 0 ? Optional.empty() : Optional.of(Bound.atLeast(cuts[from - 1]));
    Optional<Bound> upper = Optional.empty();
    if (to < count) {
      double cut = cuts[to - 1];
      upper = Optional.of(integers ? Bound.atMost(cut - 1) : Bound.below(cut));
    }
    if (attribute.kind() == AttributeKind.DATE) {
      return new Condition.MonthsFrom(attribute, lower, upper);
    }
    return new Condition.InRange(attribute, lower, upper);
  }

  /** The label of one bucket, for counts shown per value. */
  String label(int bucket) {
    if (bucket == count) {
      return "unknown";
    }
    BitSet one = new BitSet();
    one.set(bucket);
    if (!ordered) {
      return categories.get(bucket);
    }
    String described = condition(one).describe();
    int colon = described.indexOf(": ");
    return colon < 0 ? described : described.substring(colon + 2);
  }
}
