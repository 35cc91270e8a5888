package se.kundfokus.model.rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kundfokus.ingest.AttributeKind;

/**
 * Reads rules as the settings file writes them, and writes ranges in words.
 *
 * <ul>
 *   <li>categories: {@code = Stockholm}, {@code != Stockholm}, {@code in 25, 28}, {@code not in 25,
 *       28}
 *   <li>numbers: {@code >= 3}, {@code > 2}, {@code <= 10}, {@code < 10}, {@code = 0}, {@code
 *       between 50 and 249} (both ends included); a decimal comma is fine
 *   <li>yes/no: {@code = yes}, {@code = no} ({@code Ja}, {@code Nej}, {@code true}, {@code false},
 *       {@code 1} and {@code 0} too)
 *   <li>dates: {@code within 6 months} (after the reference date, up to 6 months), {@code within
 *       the last 12 months}, {@code before 2026-01-01}, {@code after 2026-01-01}
 * </ul>
 */
public final class Rules {
  private static final Set<String> YES = Set.of("yes", "ja", "j", "y", "true", "1", "x", "sant");
  private static final Set<String> NO = Set.of("no", "nej", "n", "false", "0", "falskt", "");

  private static final Pattern COMPARISON = Pattern.compile("(>=|<=|!=|=|>|<)\\s*(.+)");
  private static final Pattern BETWEEN =
      Pattern.compile("between\\s+(\\S+)\\s+and\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN =
      Pattern.compile("(not\\s+)?in\\s+(.+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITHIN =
      Pattern.compile("within\\s+(the\\s+last\\s+)?(\\S+)\\s+months?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_AFTER =
      Pattern.compile("(before|after)\\s+(\\S+)", Pattern.CASE_INSENSITIVE);

  private Rules() {}

  /** What rules an attribute of this kind takes, for messages. */
  public static String expected(AttributeKind kind) {
    return switch (kind) {
      case CATEGORY -> "= VALUE, != VALUE, in A, B or not in A, B";
      case NUMBER -> ">= N, > N, <= N, < N, = N or between A and B";
      case BOOLEAN -> "= yes or = no";
      case DATE ->
          "within N months, within the last N months, before yyyy-MM-dd or after yyyy-MM-dd";
    };
  }

  /**
   * Reads a rule over an attribute.
   *
   * @throws IllegalArgumentException naming the rules the attribute takes
   */
  public static Condition parse(Attribute attribute, String text) {
    String rule = text.strip();
    Optional<Condition> condition =
        switch (attribute.kind()) {
          case CATEGORY -> category(attribute, rule);
          case NUMBER -> number(attribute, rule);
          case BOOLEAN -> bool(attribute, rule);
          case DATE -> date(attribute, rule);
        };
    return condition.orElseThrow(
        () ->
            new IllegalArgumentException(
                "'"
                    + rule
                    + "' is not a rule for "
                    + attribute.label()
                    + " ("
                    + kindWords(attribute.kind())
                    + "; expected "
                    + expected(attribute.kind())
                    + ")"));
  }

  private static String kindWords(AttributeKind kind) {
    return switch (kind) {
      case CATEGORY -> "a category";
      case NUMBER -> "a number";
      case BOOLEAN -> "yes or no";
      case DATE -> "a date";
    };
  }

  private static Optional<Condition> category(Attribute attribute, String rule) {
    Matcher in = IN.matcher(rule);
    if (in.matches()) {
      List<String> values =
          Arrays.stream(in.group(2).split(","))
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      return values.isEmpty()
          ? Optional.empty()
          : Optional.of(new Condition.OneOf(attribute, values, in.group(1) != null));
    }
    Matcher comparison = COMPARISON.matcher(rule);
    if (comparison.matches()
        && (comparison.group(1).equals("=") || comparison.group(1).equals("!="))) {
      return Optional.of(
          new Condition.OneOf(
              attribute, List.of(comparison.group(2).strip()), comparison.group(1).equals("!=")));
    }
    return Optional.empty();
  }

  private static Optional<Condition> number(Attribute attribute, String rule) {
    Matcher between = BETWEEN.matcher(rule);
    if (between.matches()) {
      Optional<Double> low = decimal(between.group(1));
      Optional<Double> high = decimal(between.group(2));
      if (low.isEmpty() || high.isEmpty() || low.get() > high.get()) {
        return Optional.empty();
      }
      return Optional.of(
          new Condition.InRange(
              attribute,
              Optional.of(Bound.atLeast(low.get())),
              Optional.of(Bound.atMost(high.get()))));
    }
    Matcher comparison = COMPARISON.matcher(rule);
    if (!comparison.matches()) {
      return Optional.empty();
    }
    Optional<Double> value = decimal(comparison.group(2));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double v = value.get();
    return switch (comparison.group(1)) {
      case ">=" ->
          Optional.of(
              new Condition.InRange(attribute, Optional.of(Bound.atLeast(v)), Optional.empty()));
      case ">" ->
          Optional.of(
              new Condition.InRange(attribute, Optional.of(Bound.above(v)), Optional.empty()));
      case "<=" ->
          Optional.of(
              new Condition.InRange(attribute, Optional.empty(), Optional.of(Bound.atMost(v))));
      case "<" ->
          Optional.of(
              new Condition.InRange(attribute, Optional.empty(), Optional.of(Bound.below(v))));
      case "=" ->
          Optional.of(
              new Condition.InRange(
                  attribute, Optional.of(Bound.atLeast(v)), Optional.of(Bound.atMost(v))));
      default -> Optional.empty();
    };
  }

  private static Optional<Condition> bool(Attribute attribute, String rule) {
    Matcher comparison = COMPARISON.matcher(rule);
    String word;
    boolean negated = false;
    if (comparison.matches()) {
      if (!comparison.group(1).equals("=") && !comparison.group(1).equals("!=")) {
        return Optional.empty();
      }
      negated = comparison.group(1).equals("!=");
      word = comparison.group(2).strip().toLowerCase(Locale.ROOT);
    } else {
      word = rule.toLowerCase(Locale.ROOT);
    }
    if (YES.contains(word) && !word.isEmpty()) {
      return Optional.of(new Condition.Is(attribute, !negated));
    }
    if (NO.contains(word) && !word.isEmpty()) {
      return Optional.of(new Condition.Is(attribute, negated));
    }
    return Optional.empty();
  }

  private static Optional<Condition> date(Attribute attribute, String rule) {
    Matcher within = WITHIN.matcher(rule);
    if (within.matches()) {
      Optional<Double> months = decimal(within.group(2)).filter(m -> m > 0);
      if (months.isEmpty()) {
        return Optional.empty();
      }
      if (within.group(1) != null) {
        return Optional.of(
            new Condition.MonthsFrom(
                attribute,
                Optional.of(Bound.atLeast(-months.get())),
                Optional.of(Bound.atMost(0))));
      }
      return Optional.of(
          new Condition.MonthsFrom(
              attribute, Optional.of(Bound.above(0)), Optional.of(Bound.atMost(months.get()))));
    }
    Matcher beforeAfter = BEFORE_AFTER.matcher(rule);
    if (beforeAfter.matches()) {
      LocalDate day;
      try {
        day = LocalDate.parse(beforeAfter.group(2));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
      return Optional.of(
          new Condition.Dated(attribute, day, beforeAfter.group(1).equalsIgnoreCase("before")));
    }
    return Optional.empty();
  }

  private static Optional<Double> decimal(String text) {
    try {
      return Optional.of(Double.parseDouble(text.strip().replace(',', '.').replace(" ", "")))
          .filter(Double::isFinite);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether a value reads as yes: a yes/no value, or the words of {@link #parse}. */
  static boolean isYes(Value value) {
    if (value instanceof Value.Bool b) {
      return b.value();
    }
    if (value instanceof Value.Num n) {
      return n.value() != 0;
    }
    return YES.contains(value.display().strip().toLowerCase(Locale.ROOT));
  }

  /** A range in words: {@code 3 or more}, {@code 50–249}, {@code under 10}, {@code at most 5}. */
  public static String rangeWords(Optional<Bound> lower, Optional<Bound> upper) {
    if (lower.isPresent() && upper.isPresent()) {
      Bound low = lower.get();
      Bound high = upper.get();
      if (low.value() == high.value()) {
        return Numbers.plain(low.value());
      }
      if (low.inclusive() && high.inclusive()) {
        return Numbers.plain(low.value()) + "–" + Numbers.plain(high.value());
      }
      return (low.inclusive() ? "from " : "over ")
          + Numbers.plain(low.value())
          + (high.inclusive() ? " to " : " to under ")
          + Numbers.plain(high.value());
    }
    if (lower.isPresent()) {
      Bound low = lower.get();
      return low.inclusive()
          ? Numbers.plain(low.value()) + " or more"
          : "more than " + Numbers.plain(low.value());
    }
    Bound high = upper.orElseThrow(() -> new IllegalArgumentException("no bound"));
    return high.inclusive()
        ? "at most " + Numbers.plain(high.value())
        : "under " + Numbers.plain(high.value());
  }
}
