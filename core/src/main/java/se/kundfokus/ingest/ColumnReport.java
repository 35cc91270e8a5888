package se.kundfokus.ingest;

import java.util.Objects;

/**
 * What became of one column of a user's file.
 *
 * @param column the column's name in the file
 * @param use the workspace field it fills (e.g. {@code customer_id}), {@code attribute (NUMBER)},
 *     or {@code not used}
 * @param how how the column was chosen: {@code header}, {@code --map}, {@code values}, or empty
 * @param format how its values were read, e.g. {@code yyyy-MM-dd} or {@code decimal comma}
 */
public record ColumnReport(String column, String use, String how, String format) {
  public ColumnReport {
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(use, "use must not be null");
    Objects.requireNonNull(how, "how must not be null");
    Objects.requireNonNull(format, "format must not be null");
  }
}
