package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Value;

/** A value typed on the command line, read as its attribute's type. */
final class Values {
  private static final Set<String> YES = Set.of("yes", "ja", "j", "y", "true", "1");
  private static final Set<String> NO = Set.of("no", "nej", "n", "false", "0");

  private Values() {}

  static Value read(Attribute attribute, String text) {
    String value = text.strip();
    return switch (attribute.kind()) {
      case CATEGORY -> new Value.Text(value);
      case NUMBER -> {
        try {
          yield new Value.Num(Double.parseDouble(value.replace(" ", "").replace(',', '.')));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "--attr "
                  + attribute.key()
                  + ": '"
                  + value
                  + "' is not a number (expected e.g. 120 or 4,5)");
        }
      }
      case BOOLEAN -> {
        String word = value.toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
          yield new Value.Bool(true);
        }
        if (NO.contains(word)) {
          yield new Value.Bool(false);
        }
        throw new IllegalArgumentException(
            "--attr "
                + attribute.key()
                + ": '"
                + value
                + "' is not yes or no (expected yes, no, ja or nej)");
      }
      case DATE -> {
        try {
          yield new Value.Day(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "--attr "
                  + attribute.key()
                  + ": '"
                  + value
                  + "' is not a date (expected yyyy-MM-dd)");
        }
      }
    };
  }
}
