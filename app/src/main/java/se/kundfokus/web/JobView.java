package se.kundfokus.web;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysis asked for with {@code POST /api/analyses} or the pages: where it stands.
 *
 * @param state {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param step the step being done, in words ({@code customer facts}, {@code churn model}, …)
 * @param done the steps finished
 * @param total the number of steps
 * @param error what went wrong, when it failed
 * @param runId the run it was stored as in the workspace, when done
 */
public record JobView(
    long id,
    String state,
    Optional<String> step,
    int done,
    int total,
    Optional<String> error,
    Optional<Long> runId,
    Instant queuedAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt) {

  public JobView {
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(step, "step must not be null");
    Objects.requireNonNull(error, "error must not be null");
    Objects.requireNonNull(runId, "runId must not be null");
    Objects.requireNonNull(queuedAt, "queuedAt must not be null");
    Objects.requireNonNull(startedAt, "startedAt must not be null");
    Objects.requireNonNull(finishedAt, "finishedAt must not be null");
  }

  static JobView queued(long id, Instant at) {
    return new JobView(
        id,
        "queued",
        Optional.empty(),
        0,
        0,
        Optional.empty(),
        Optional.empty(),
        at,
        Optional.empty(),
        Optional.empty());
  }

  JobView running(String currentStep, int stepsDone, int steps, Instant now) {
    return new JobView(
        id,
        "running",
        Optional.of(currentStep),
        stepsDone,
        steps,
        Optional.empty(),
        Optional.empty(),
        queuedAt,
        Optional.of(startedAt.orElse(now)),
        Optional.empty());
  }

  JobView done(long run, Instant now) {
    return new JobView(
        id,
        "done",
        Optional.empty(),
        total,
        total,
        Optional.empty(),
        Optional.of(run),
        queuedAt,
        Optional.of(startedAt.orElse(now)),
        Optional.of(now));
  }

  JobView failed(String message, Instant now) {
    return new JobView(
        id,
        "failed",
        step,
        done,
        total,
        Optional.of(message),
        Optional.empty(),
        queuedAt,
        Optional.of(startedAt.orElse(now)),
        Optional.of(now));
  }

  boolean finished() {
    return state.equals("done") || state.equals("failed");
  }
}
