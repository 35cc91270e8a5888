package se.kundfokus.web;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kundfokus.ingest.ImportProblem;

/**
 * One problem of an input file as pages and the API show it.
 *
 * @param where e.g. {@code line 42} or {@code sheet 'Blad1' row 7}
 * @param line the line number when {@code where} is a line
 * @param expected what was expected, when the problem says it
 */
public record ProblemView(
    String file,
    Optional<String> where,
    Optional<Long> line,
    Optional<String> column,
    Optional<String> value,
    String problem,
    Optional<String> expected,
    String message) {

  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final Pattern EXPECTED = Pattern.compile("\\(expected (.*)\\)\\s*$");

  public ProblemView {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(where, "where must not be null");
    Objects.requireNonNull(line, "line must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(problem, "problem must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  static ProblemView of(ImportProblem p) {
    Optional<Long> line =
        p.where().map(LINE::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1)));
    Matcher expected = EXPECTED.matcher(p.problem());
    return new ProblemView(
        p.file(),
        p.where(),
        line,
        p.column(),
        p.value(),
        p.problem(),
        expected.find() ? Optional.of(expected.group(1)) : Optional.empty(),
        p.message());
  }
}
