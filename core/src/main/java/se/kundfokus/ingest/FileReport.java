package se.kundfokus.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did with one file.
 *
 * @param format how the file was read, e.g. {@code CSV, ';'-separated, windows-1252}
 * @param rowsRead data rows read (header, title and empty rows not counted)
 * @param notices things the user should know that are not errors, e.g. credit notes
 * @param problems the first bad values found
 * @param problemCount all bad values found (a rejected row can have several)
 */
public record FileReport(
    Table table,
    String file,
    Path path,
    String fingerprint,
    String format,
    Optional<Long> headerLine,
    List<ColumnReport> columns,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    List<String> notices,
    List<ImportProblem> problems,
    long problemCount,
    Optional<Path> rejectsFile) {

  public FileReport {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(headerLine, "headerLine must not be null");
    columns = List.copyOf(columns);
    notices = List.copyOf(notices);
    problems = List.copyOf(problems);
    Objects.requireNonNull(rejectsFile, "rejectsFile must not be null");
  }
}
