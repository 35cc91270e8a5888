package se.kundfokus.model.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A test of one attribute of a company, as the settings file writes it ({@link #rule()}, e.g.
 * {@code in 25, 28}) and as a person reads it ({@link #describe()}, e.g. {@code SNI division 25 or
 * 28}). A company without a value for the attribute neither meets nor fails it: {@link #test} is
 * empty.
 */
public sealed interface Condition {

  /** The attribute tested. */
  Attribute attribute();

  /** Whether the company meets the condition; empty when the attribute has no value. */
  Optional<Boolean> test(Profile profile, LocalDate asOf);

  /** The rule as a settings file writes it, without the attribute: {@code >= 3}. */
  String rule();

  /** The condition in words, with the attribute: {@code 3 or more sites}. */
  String describe();

  /** Whether the company meets it, counting an unknown value as not. */
  default boolean meets(Profile profile, LocalDate asOf) {
    return test(profile, asOf).orElse(false);
  }

  /** A category is one of the values (or, negated, none of them); compared without case. */
  record OneOf(Attribute attribute, List<String> values, boolean negated) implements Condition {
    public OneOf {
      Objects.requireNonNull(attribute, "attribute must not be null");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a category rule needs at least one value");
      }
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      return profile
          .value(attribute.key())
          .map(
              v -> {
                String text = v.display().strip();
                boolean in = values.stream().anyMatch(x -> x.equalsIgnoreCase(text));
                return in != negated;
              });
    }

    @Override
    public String rule() {
      String list = String.join(", ", values);
      if (values.size() == 1) {
        return (negated ? "!= " : "= ") + list;
      }
      return (negated ? "not in " : "in ") + list;
    }

    @Override
    public String describe() {
      return attribute.label() + ": " + (negated ? "anything but " : "") + joinOr(values);
    }
  }

  /** Yes or no. */
  record Is(Attribute attribute, boolean value) implements Condition {
    public Is {
      Objects.requireNonNull(attribute, "attribute must not be null");
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      return profile
          .value(attribute.key())
          .map(v -> v instanceof Value.Bool b ? b.value() == value : Rules.isYes(v) == value);
    }

    @Override
    public String rule() {
      return value ? "= yes" : "= no";
    }

    @Override
    public String describe() {
      return attribute.label() + (value ? ": yes" : ": no");
    }
  }

  /** A number in a range. */
  record InRange(Attribute attribute, Optional<Bound> lower, Optional<Bound> upper)
      implements Condition {
    public InRange {
      Objects.requireNonNull(attribute, "attribute must not be null");
      Objects.requireNonNull(lower, "lower must not be null");
      Objects.requireNonNull(upper, "upper must not be null");
      if (lower.isEmpty() && upper.isEmpty()) {
        throw new IllegalArgumentException("a range needs at least one bound");
      }
      if (lower.isPresent() && upper.isPresent() && lower.get().value() > upper.get().value()) {
        throw new IllegalArgumentException(
            "the range's lower bound "
                + lower.get().value()
                + " is above its upper bound "
                + upper.get().value());
      }
    }

    boolean contains(double x) {
      boolean aboveLower =
          lower.map(b -> b.inclusive() ? x >= b.value() : x > b.value()).orElse(true);
      boolean belowUpper =
          upper.map(b -> b.inclusive() ? x <= b.value() : x < b.value()).orElse(true);
      return aboveLower && belowUpper;
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      return profile
          .value(attribute.key())
          .flatMap(
              v -> v instanceof Value.Num n ? Optional.of(contains(n.value())) : Optional.empty());
    }

    @Override
    public String rule() {
      if (lower.isPresent() && upper.isPresent()) {
        if (lower.get().inclusive()
            && upper.get().inclusive()
            && lower.get().value() == upper.get().value()) {
          return "= " + Numbers.plain(lower.get().value());
        }
        if (lower.get().inclusive() && upper.get().inclusive()) {
          return "between "
              + Numbers.plain(lower.get().value())
              + " and "
              + Numbers.plain(upper.get().value());
        }
        return bound(lower.get(), ">=", ">") + " and " + bound(upper.get(), "<=", "<");
      }
      return lower
          .map(b -> bound(b, ">=", ">"))
          .orElseGet(() -> bound(upper.orElseThrow(), "<=", "<"));
    }

    private static String bound(Bound b, String inclusive, String exclusive) {
      return (b.inclusive() ? inclusive : exclusive) + " " + Numbers.plain(b.value());
    }

    @Override
    public String describe() {
      return attribute.label() + ": " + Rules.rangeWords(lower, upper);
    }
  }

  /**
   * A date a number of months from the reference date: positive months are after it, negative
   * before. {@code within 6 months} is (0, 6]; {@code within the last 12 months} is [-12, 0].
   */
  record MonthsFrom(Attribute attribute, Optional<Bound> lower, Optional<Bound> upper)
      implements Condition {
    public MonthsFrom {
      Objects.requireNonNull(attribute, "attribute must not be null");
      new InRange(attribute, lower, upper);
    }

    /** Months from the reference date to the date, in average months (30.44 days). */
    public static double months(LocalDate asOf, LocalDate date) {
      return ChronoUnit.DAYS.between(asOf, date) / (365.25 / 12);
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      InRange range = new InRange(attribute, lower, upper);
      return profile
          .value(attribute.key())
          .flatMap(
              v ->
                  v instanceof Value.Day d
                      ? Optional.of(range.contains(months(asOf, d.date())))
                      : Optional.empty());
    }

    @Override
    public String rule() {
      if (lower.isPresent() && upper.isPresent()) {
        double low = lower.get().value();
        double high = upper.get().value();
        if (low == 0 && !lower.get().inclusive() && upper.get().inclusive() && high > 0) {
          return "within " + Numbers.plain(high) + " months";
        }
        if (high == 0 && upper.get().inclusive() && lower.get().inclusive() && low < 0) {
          return "within the last " + Numbers.plain(-low) + " months";
        }
      }
      return "months from the reference date " + new InRange(attribute, lower, upper).rule();
    }

    @Override
    public String describe() {
      String label = attribute.label() + ": ";
      if (upper.isPresent() && upper.get().value() <= 0) {
        // In the past: "within the last 12 months", "12–24 months ago".
        Optional<Bound> since =
            Optional.of(new Bound(-upper.get().value(), upper.get().inclusive()));
        Optional<Bound> until = lower.map(b -> new Bound(-b.value(), b.inclusive()));
        if (since.get().value() == 0 && until.isPresent()) {
          return label + "within the last " + Numbers.plain(until.get().value()) + " months";
        }
        return label + Rules.rangeWords(since, until) + " months ago";
      }
      if (lower.isPresent() && lower.get().value() >= 0) {
        if (lower.get().value() == 0 && upper.isPresent()) {
          return label + "within " + Numbers.plain(upper.get().value()) + " months";
        }
        return label + "in " + Rules.rangeWords(lower, upper) + " months";
      }
      return label + Rules.rangeWords(lower, upper) + " months from the reference date";
    }
  }

  /** A date before or after a given day. */
  record Dated(Attribute attribute, LocalDate day, boolean before) implements Condition {
    public Dated {
      Objects.requireNonNull(attribute, "attribute must not be null");
      Objects.requireNonNull(day, "day must not be null");
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      return profile
          .value(attribute.key())
          .flatMap(
              v ->
                  v instanceof Value.Day d
                      ? Optional.of(before ? d.date().isBefore(day) : d.date().isAfter(day))
                      : Optional.empty());
    }

    @Override
    public String rule() {
      return (before ? "before " : "after ") + day;
    }

    @Override
    public String describe() {
      return attribute.label() + ": " + rule();
    }
  }

  /**
   * The opposite of a condition: met by every company that does not meet it, including those
   * without a value. The "otherwise" branch of a rule.
   */
  record Not(Condition inner) implements Condition {
    public Not {
      Objects.requireNonNull(inner, "inner must not be null");
    }

    @Override
    public Attribute attribute() {
      return inner.attribute();
    }

    @Override
    public Optional<Boolean> test(Profile profile, LocalDate asOf) {
      return Optional.of(!inner.meets(profile, asOf));
    }

    @Override
    public String rule() {
      return "not (" + inner.rule() + ")";
    }

    @Override
    public String describe() {
      return "not " + inner.describe();
    }
  }

  private static String joinOr(List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return values.subList(0, values.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + values.get(values.size() - 1);
  }
}
