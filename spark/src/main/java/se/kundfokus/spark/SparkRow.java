package se.kundfokus.spark;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import se.kundfokus.engine.SqlRow;

/** A {@link SqlRow} over one row of a Spark result, by column name (ignoring case). */
final class SparkRow implements SqlRow {
  private final String query;
  private final StructType schema;
  private final Map<String, Integer> index = new HashMap<>();
  private @Nullable Row row;

  SparkRow(String query, StructType schema) {
    this.query = query;
    this.schema = schema;
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      index.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
    }
  }

  /** This adapter over another row of the same result. */
  SparkRow at(Row next) {
    this.row = next;
    return this;
  }

  @Override
  public String string(String column) {
    return optionalString(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<String> optionalString(String column) {
    return value(column).map(v -> v instanceof String s ? s : v.toString());
  }

  @Override
  public double number(String column) {
    return optionalNumber(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<Double> optionalNumber(String column) {
    return value(column).map(v -> asNumber(column, v).doubleValue());
  }

  @Override
  public long integer(String column) {
    return value(column)
        .map(v -> asNumber(column, v).longValue())
        .orElseThrow(() -> isNull(column));
  }

  @Override
  public LocalDate date(String column) {
    return optionalDate(column).orElseThrow(() -> isNull(column));
  }

  @Override
  public Optional<LocalDate> optionalDate(String column) {
    return value(column)
        .map(
            v -> {
              if (v instanceof LocalDate d) {
                return d;
              }
              if (v instanceof java.sql.Date d) {
                return d.toLocalDate();
              }
              if (v instanceof LocalDateTime t) {
                return t.toLocalDate();
              }
              if (v instanceof Timestamp t) {
                return t.toLocalDateTime().toLocalDate();
              }
              throw wrongType(column, v, "a date");
            });
  }

  @Override
  public Optional<Boolean> optionalBoolean(String column) {
    return value(column)
        .map(
            v -> {
              if (v instanceof Boolean b) {
                return b;
              }
              throw wrongType(column, v, "true or false");
            });
  }

  private Optional<Object> value(String column) {
    Row current = row;
    if (current == null) {
      throw new IllegalStateException(query + ": no row to read " + column + " from");
    }
    Integer i = index.get(column.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new IllegalStateException(
          query
              + ": there is no column "
              + column
              + " (the result has "
              + String.join(", ", Arrays.asList(schema.fieldNames()))
              + ")");
    }
    return current.isNullAt(i) ? Optional.empty() : Optional.of(current.get(i));
  }

  private Number asNumber(String column, Object value) {
    if (value instanceof Number n) {
      return n;
    }
    throw wrongType(column, value, "a number");
  }

  private IllegalStateException isNull(String column) {
    return new IllegalStateException(query + ": column " + column + " is NULL");
  }

  private IllegalStateException wrongType(String column, Object value, String expected) {
    return new IllegalStateException(
        query + ": column " + column + " is '" + value + "', expected " + expected);
  }
}
