package se.kundfokus.ingest;

import java.util.ArrayList;
import java.util.List;

/** The bad values of one file: the first few hundred kept for the report, all of them counted. */
final class Problems {
  static final int KEPT = 200;
  private final List<ImportProblem> kept = new ArrayList<>();
  private long count;

  void add(ImportProblem problem) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(problem);
    }
  }

  long count() {
    return count;
  }

  List<ImportProblem> kept() {
    return List.copyOf(kept);
  }
}
