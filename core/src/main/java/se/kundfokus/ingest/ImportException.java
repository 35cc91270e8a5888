package se.kundfokus.ingest;

import java.util.List;
import java.util.Objects;

/**
 * An import that could not be done. The workspace is as it was before the import started. The
 * problems are in file order; the message lists the first few.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final int MAX_IN_MESSAGE = 20;

  @SuppressWarnings("serial") // the list is always an immutable copy of records
  private final List<ImportProblem> problems;

  private final long problemCount;

  public ImportException(List<ImportProblem> problems, long problemCount) {
    super(describe(problems, problemCount));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public ImportException(ImportProblem problem) {
    this(List.of(problem), 1);
  }

  /** The first problems found (at most a few hundred are kept). */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** All problems found, also those not kept in {@link #problems()}. */
  public long problemCount() {
    return problemCount;
  }

  /** The first problem, which the command line and the web API show first. */
  public ImportProblem first() {
    return problems.get(0);
  }

  private static String describe(List<ImportProblem> problems, long problemCount) {
    Objects.requireNonNull(problems, "problems must not be null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder text = new StringBuilder();
    int shown = Math.min(problems.size(), MAX_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append(System.lineSeparator());
      }
      text.append(problems.get(i).message());
    }
    if (problemCount > shown) {
      text.append(System.lineSeparator())
          .append("… and ")
          .append(problemCount - shown)
          .append(" more problems");
    }
    return text.toString();
  }
}
