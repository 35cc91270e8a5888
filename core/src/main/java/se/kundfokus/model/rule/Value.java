package se.kundfokus.model.rule;

import java.time.LocalDate;
import java.util.Objects;

/** One attribute value of a company: text, a number, yes/no or a date. */
public sealed interface Value {

  /** The value as a person reads it. */
  String display();

  /** A category, e.g. an SNI code or a region. */
  record Text(String text) implements Value {
    public Text {
      Objects.requireNonNull(text, "text must not be null");
    }

    @Override
    public String display() {
      return text;
    }
  }

  /** A number, e.g. employees. */
  record Num(double value) implements Value {
    public Num {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value must be finite, was " + value);
      }
    }

    @Override
    public String display() {
      return Numbers.plain(value);
    }
  }

  /** Yes or no. */
  record Bool(boolean value) implements Value {
    @Override
    public String display() {
      return value ? "yes" : "no";
    }
  }

  /** A date, e.g. when a contract ends. */
  record Day(LocalDate date) implements Value {
    public Day {
      Objects.requireNonNull(date, "date must not be null");
    }

    @Override
    public String display() {
      return date.toString();
    }
  }
}
