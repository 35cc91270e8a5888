package se.kundfokus.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.ingest.ImportException;

/**
 * The body of every API error: what was wrong, and for a problem in an input file where it is
 * ({@code file}, {@code line}, {@code column}, {@code value}) and what was expected.
 *
 * @param problems for an import: the problems found (the first few hundred)
 * @param problemCount for an import: all problems found
 */
public record ApiError(
    String error,
    Optional<String> file,
    Optional<Long> line,
    Optional<String> where,
    Optional<String> column,
    Optional<String> value,
    Optional<String> expected,
    Optional<List<ProblemView>> problems,
    Optional<Long> problemCount) {

  public ApiError {
    Objects.requireNonNull(error, "error must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(line, "line must not be null");
    Objects.requireNonNull(where, "where must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(problems, "problems must not be null");
    Objects.requireNonNull(problemCount, "problemCount must not be null");
  }

  static ApiError of(String message) {
    return new ApiError(
        message,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The first problem in the fields, every problem in {@code problems}. */
  static ApiError of(ImportException e) {
    List<ProblemView> problems = e.problems().stream().map(ProblemView::of).toList();
    ProblemView first = problems.get(0);
    return new ApiError(
        "nothing was imported; the workspace is as it was. "
            + e.problemCount()
            + (e.problemCount() == 1 ? " problem: " : " problems, the first: ")
            + first.message(),
        Optional.of(first.file()),
        first.line(),
        first.where(),
        first.column(),
        first.value(),
        first.expected().or(() -> Optional.of(first.problem())),
        Optional.of(problems),
        Optional.of(e.problemCount()));
  }
}
