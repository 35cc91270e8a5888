package se.kundfokus.ingest;

import java.util.Objects;

/**
 * The user's choice of the column that holds a field, as in {@code --map sales.amount=Belopp}.
 *
 * @param column a column name as in the header, or its 1-based number
 */
public record ColumnChoice(Table table, String field, String column) {
  public ColumnChoice {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(column, "column must not be null");
    if (table.field(field).isEmpty()) {
      throw new IllegalArgumentException(
          "'"
              + field
              + "' is not a field of "
              + table.label()
              + " (expected one of "
              + String.join(", ", table.fields().stream().map(Field::column).toList())
              + ")");
    }
  }

  /** Reads {@code TABLE.FIELD=COLUMN}. */
  public static ColumnChoice parse(String text) {
    int eq = text.indexOf('=');
    int dot = text.indexOf('.');
    if (eq < 0 || dot < 0 || dot > eq) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a column choice (expected TABLE.FIELD=COLUMN, e.g. sales.amount=Belopp)");
    }
    return new ColumnChoice(
        Table.parse(text.substring(0, dot)),
        text.substring(dot + 1, eq).strip(),
        text.substring(eq + 1));
  }

  Field fieldOf() {
    return table.field(field).orElseThrow();
  }
}
