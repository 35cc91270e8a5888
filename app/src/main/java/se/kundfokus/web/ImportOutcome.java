package se.kundfokus.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.store.TableCounts;

/**
 * What checking or importing an upload found, for the import page and {@code POST /api/imports}.
 *
 * @param mode {@code check} (nothing imported) or {@code commit}
 * @param imported whether the files are now in the workspace
 * @param counts what the workspace holds (after a check: would hold)
 */
public record ImportOutcome(
    String uploadId,
    String mode,
    boolean imported,
    Optional<Long> importId,
    List<ImportedFile> files,
    List<ProblemView> problems,
    long problemCount,
    List<String> notices,
    Optional<TableCounts> counts) {

  public ImportOutcome {
    Objects.requireNonNull(uploadId, "uploadId must not be null");
    Objects.requireNonNull(mode, "mode must not be null");
    Objects.requireNonNull(importId, "importId must not be null");
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
    Objects.requireNonNull(counts, "counts must not be null");
  }

  /** How one file was read and mapped, and what was wrong in it. */
  public record ImportedFile(
      String table,
      String name,
      String format,
      Optional<Long> headerLine,
      List<ColumnView> columns,
      List<String> fields,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      List<String> notices,
      List<ProblemView> problems,
      long problemCount) {
    public ImportedFile {
      Objects.requireNonNull(table, "table must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(format, "format must not be null");
      Objects.requireNonNull(headerLine, "headerLine must not be null");
      columns = List.copyOf(columns);
      fields = List.copyOf(fields);
      notices = List.copyOf(notices);
      problems = List.copyOf(problems);
    }
  }

  /**
   * One column of a file.
   *
   * @param position its number in the file, from 1
   * @param use the field it fills, {@code attribute (NUMBER)} or {@code not used}
   * @param how {@code header}, {@code values}, {@code --map} (chosen) or empty
   * @param field the field it fills when it fills one, else empty
   * @param choice how a column choice names it: its name, or its number in a file without header
   */
  public record ColumnView(
      int position,
      String column,
      String use,
      String how,
      String format,
      String field,
      String choice) {
    public ColumnView {
      Objects.requireNonNull(column, "column must not be null");
      Objects.requireNonNull(use, "use must not be null");
      Objects.requireNonNull(how, "how must not be null");
      Objects.requireNonNull(format, "format must not be null");
      Objects.requireNonNull(field, "field must not be null");
      Objects.requireNonNull(choice, "choice must not be null");
    }
  }
}
