package se.kundfokus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of the row being read: every problem goes into the file's {@link Problems},
 * and the row's own list says whether the row is rejected and why.
 */
final class RowCheck {
  private final String fileLabel;
  private final ColumnMap map;
  private final Problems problems = new Problems();
  private final List<String> rowProblems = new ArrayList<>();

  RowCheck(String fileLabel, ColumnMap map) {
    this.fileLabel = fileLabel;
    this.map = map;
  }

  void startRow() {
    rowProblems.clear();
  }

  boolean rowHasProblems() {
    return !rowProblems.isEmpty();
  }

  /** The row's problems in one line, for the rejects file. */
  String rowSummary() {
    return String.join(" | ", rowProblems);
  }

  Problems problems() {
    return problems;
  }

  void empty(String where, int column, String expected) {
    add(
        new ImportProblem(
            fileLabel,
            Optional.of(where),
            Optional.of(map.name(column)),
            Optional.empty(),
            "is empty (expected " + expected + ")"));
  }

  void value(String where, int column, String value, String problem) {
    add(ImportProblem.ofValue(fileLabel, where, map.name(column), value, problem));
  }

  void row(String where, String problem) {
    add(
        new ImportProblem(
            fileLabel, Optional.of(where), Optional.empty(), Optional.empty(), problem));
  }

  private void add(ImportProblem problem) {
    problems.add(problem);
    rowProblems.add(
        problem.column().map(c -> "column '" + c + "': ").orElse("")
            + problem.value().map(v -> "'" + v + "' ").orElse("")
            + problem.problem());
  }
}
