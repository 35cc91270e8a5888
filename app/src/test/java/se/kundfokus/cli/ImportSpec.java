package se.kundfokus.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One case of the import spec corpus ({@code src/test/resources/import-specs/<id>.yaml}): the files
 * to write, the command line to run and what it must do. {@code {dir}} in arguments and expected
 * output stands for the case's temporary folder, {@code {today}} for today's date (UTC).
 *
 * @param before a good import to run first (its exit code must be 0), so that a failing import can
 *     be shown to leave the workspace as it was; empty for none
 * @param knownBug when not empty, the case describes the right behaviour of a known bug and is
 *     skipped, with this text as the reason
 */
record ImportSpec(
    String id,
    String description,
    List<SpecFile> files,
    List<String> args,
    List<String> before,
    Expectation expect,
    String knownBug) {

  ImportSpec {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(description, "description must not be null");
    files = List.copyOf(Objects.requireNonNullElse(files, List.of()));
    args = List.copyOf(Objects.requireNonNull(args, "args must not be null"));
    before = List.copyOf(Objects.requireNonNullElse(before, List.of()));
    Objects.requireNonNull(expect, "expect must not be null");
    knownBug = Objects.requireNonNullElse(knownBug, "");
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * A file of the case: text in a character set, or a small Excel workbook.
   *
   * @param encoding the character set of {@code content}; UTF-8 when not given
   * @param bom whether the text starts with a byte order mark
   * @param lineEnding {@code lf} (the default) or {@code crlf}
   * @param xlsx the sheets of a workbook, instead of text
   */
  record SpecFile(
      String name,
      String encoding,
      boolean bom,
      String lineEnding,
      @Nullable String content,
      @Nullable List<Sheet> xlsx) {
    SpecFile {
      Objects.requireNonNull(name, "name must not be null");
      encoding = Objects.requireNonNullElse(encoding, "UTF-8");
      lineEnding = Objects.requireNonNullElse(lineEnding, "lf");
      if ((content == null) == (xlsx == null)) {
        throw new IllegalArgumentException(name + ": give either content or xlsx");
      }
    }
  }

  /**
   * A sheet of a workbook. A cell is text, a number, a boolean, {@code {date: yyyy-MM-dd}} or null
   * (left empty).
   */
  record Sheet(String sheet, List<List<@Nullable Object>> rows) {
    Sheet {
      Objects.requireNonNull(sheet, "sheet must not be null");
      rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
    }
  }

  /**
   * What the command must do.
   *
   * @param stderr the exact standard error; empty when not given
   * @param stdout the exact standard output, when given
   * @param stdoutContains lines that standard output has, in this order
   * @param rejectsFile the rejects file an import with {@code --keep-going} writes
   * @param rows queries on the workspace afterwards, each with its exact rows (values joined by
   *     {@code |}, one row per line)
   */
  record Expectation(
      Integer exit,
      String stderr,
      @Nullable String stdout,
      List<String> stdoutContains,
      @Nullable RejectsFile rejectsFile,
      Map<String, String> rows) {
    Expectation {
      Objects.requireNonNull(exit, "exit must not be null");
      stderr = Objects.requireNonNullElse(stderr, "");
      stdoutContains = List.copyOf(Objects.requireNonNullElse(stdoutContains, List.of()));
      rows = Map.copyOf(Objects.requireNonNullElse(rows, Map.of()));
    }
  }

  /**
   * The rejects file and its exact text (written as UTF-8 with a byte order mark).
   *
   * @param path relative to the case's folder
   * @param lineEnding {@code lf} or {@code crlf} (the default: what Excel expects)
   */
  record RejectsFile(String path, String lineEnding, String content) {
    RejectsFile {
      Objects.requireNonNull(path, "path must not be null");
      lineEnding = Objects.requireNonNullElse(lineEnding, "crlf");
      Objects.requireNonNull(content, "content must not be null");
    }
  }
}
