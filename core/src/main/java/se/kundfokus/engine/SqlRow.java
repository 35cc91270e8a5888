package se.kundfokus.engine;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a query's result, read by column name. The plain accessors are for columns that are
 * never NULL (they fail on NULL); the {@code optional…} ones for columns that may be.
 */
public interface SqlRow {
  String string(String column);

  Optional<String> optionalString(String column);

  /** A number; an integer column reads as its value. */
  double number(String column);

  Optional<Double> optionalNumber(String column);

  long integer(String column);

  LocalDate date(String column);

  Optional<LocalDate> optionalDate(String column);

  Optional<Boolean> optionalBoolean(String column);
}
