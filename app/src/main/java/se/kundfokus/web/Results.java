package se.kundfokus.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.store.TableCounts;

/**
 * What the pages read: the latest analysis result and the one before it, and what the workspace
 * holds. Replaced as a whole when an import or analysis finishes, so a reader always sees one
 * consistent state and never waits for a write.
 */
final class Results {
  /** A finished analysis, stored in the workspace as run {@code runId}, its customers indexed. */
  static final class Run {
    private final AnalysisResult result;
    private final long runId;
    private final Instant finishedAt;
    private final Map<String, CustomerResult> customers = new HashMap<>();

    Run(AnalysisResult result, long runId, Instant finishedAt) {
      this.result = Objects.requireNonNull(result, "result must not be null");
      this.runId = runId;
      this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt must not be null");
      result.customers().forEach(c -> customers.put(c.customerId(), c));
    }

    AnalysisResult result() {
      return result;
    }

    long runId() {
      return runId;
    }

    Instant finishedAt() {
      return finishedAt;
    }

    Optional<CustomerResult> customer(String id) {
      return Optional.ofNullable(customers.get(id));
    }
  }

  /**
   * @param importedAt when files were last imported by this server
   */
  record State(
      Optional<Run> latest,
      Optional<Run> previous,
      TableCounts counts,
      Optional<Instant> importedAt) {
    State {
      Objects.requireNonNull(latest, "latest must not be null");
      Objects.requireNonNull(previous, "previous must not be null");
      Objects.requireNonNull(counts, "counts must not be null");
      Objects.requireNonNull(importedAt, "importedAt must not be null");
    }

    /** Whether files were imported after the latest analysis, so that it no longer shows them. */
    boolean stale() {
      return latest.isPresent()
          && importedAt.isPresent()
          && importedAt.get().isAfter(latest.get().finishedAt());
    }
  }

  private final AtomicReference<State> state;

  Results(TableCounts counts) {
    this.state =
        new AtomicReference<>(
            new State(Optional.empty(), Optional.empty(), counts, Optional.empty()));
  }

  State state() {
    return Objects.requireNonNull(state.get(), "there is always a state");
  }

  Optional<Run> latest() {
    return state().latest();
  }

  /** The latest run, or a 404 that says how to get one. */
  Run require() {
    return latest()
        .orElseThrow(
            () ->
                HttpProblem.notFound(
                    "there is no analysis yet: import files and run the analysis (POST"
                        + " /api/analyses)"));
  }

  void published(Run run, TableCounts counts) {
    state.updateAndGet(s -> new State(Optional.of(run), s.latest(), counts, s.importedAt()));
  }

  void imported(TableCounts counts, Instant at) {
    state.updateAndGet(s -> new State(s.latest(), s.previous(), counts, Optional.of(at)));
  }
}
