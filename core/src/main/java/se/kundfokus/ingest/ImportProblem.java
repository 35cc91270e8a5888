package se.kundfokus.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a user's file, located as precisely as the problem allows.
 *
 * @param file the file name as the user gave it (no directories)
 * @param where the place in the file, e.g. {@code "line 42"} or {@code "sheet 'Blad1' row 7"};
 *     empty for problems of the whole file
 * @param column the column header (or {@code "column 3"} when the file has none); empty when the
 *     problem is not about one column
 * @param value the offending value as written in the file; empty when there is none
 * @param problem what is wrong and what was expected, e.g. {@code "is not a date (expected
 *     yyyy-MM-dd)"}
 */
public record ImportProblem(
    String file,
    Optional<String> where,
    Optional<String> column,
    Optional<String> value,
    String problem) {

  public ImportProblem {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(where, "where must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(problem, "problem must not be null");
  }

  /** A problem of the whole file, such as a missing required column. */
  public static ImportProblem ofFile(String file, String problem) {
    return new ImportProblem(file, Optional.empty(), Optional.empty(), Optional.empty(), problem);
  }

  /** A problem with one value. */
  public static ImportProblem ofValue(
      String file, String where, String column, String value, String problem) {
    return new ImportProblem(
        file, Optional.of(where), Optional.of(column), Optional.of(value), problem);
  }

  /**
   * The message a user reads, e.g. {@code customers.csv line 42, column 'order_date': '31/02/2024'
   * is not a date (expected yyyy-MM-dd)}.
   */
  public String message() {
    StringBuilder text = new StringBuilder(file);
    where.ifPresent(w -> text.append(' ').append(w));
    column.ifPresent(
        c -> text.append(where.isPresent() ? ", " : " ").append("column '").append(c).append('\''));
    text.append(": ");
    value.ifPresent(v -> text.append('\'').append(v).append("' "));
    return text.append(problem).toString();
  }
}
