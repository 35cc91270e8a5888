package se.kundfokus.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a list: text, a number, a date or nothing. How a number reads (money, a share, a
 * score) is its column's {@link ColumnType}; a number stays a number in every export.
 */
public sealed interface Cell permits Cell.Text, Cell.Numeric, Cell.Day, Cell.Blank {

  /** Text as the data has it; exports make it safe ({@link SafeCell}). */
  record Text(String value) implements Cell {
    public Text {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** A finite number. */
  record Numeric(double value) implements Cell {
    public Numeric {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a number cell must be finite, was " + value);
      }
    }
  }

  /** A date. */
  record Day(LocalDate value) implements Cell {
    public Day {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** No value. */
  enum Blank implements Cell {
    BLANK
  }

  /** Text; the empty text is blank. */
  static Cell text(String value) {
    return value.isEmpty() ? Blank.BLANK : new Text(value);
  }

  static Cell text(Optional<String> value) {
    return value.map(Cell::text).orElse(Blank.BLANK);
  }

  /** A number; one that is not finite is blank. */
  static Cell number(double value) {
    return Double.isFinite(value) ? new Numeric(value) : Blank.BLANK;
  }

  /** A count; exact up to 2^53, far beyond any count of customers or orders. */
  static Cell number(long value) {
    return new Numeric((double) value);
  }

  static Cell number(Optional<Double> value) {
    return value.map(Cell::number).orElse(Blank.BLANK);
  }

  static Cell date(LocalDate value) {
    return new Day(value);
  }

  static Cell date(Optional<LocalDate> value) {
    return value.map(Cell::date).orElse(Blank.BLANK);
  }
}
