package se.kundfokus.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.config.Settings;
import se.kundfokus.history.RunHistory;
import se.kundfokus.store.Workspace;

/**
 * Runs analyses as jobs on the writer queue, each with the settings and the current model choices,
 * and stores each run in the workspace as {@code kundfokus analyze} does. The result replaces the
 * one the pages read when the job is done.
 */
final class AnalysisService {
  private static final int JOBS_KEPT = 100;

  private final WriteQueue queue;
  private final Results results;
  private final Settings settings;
  private final String version;
  private final Clock clock;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, AtomicReference<JobView>> jobs = new ConcurrentHashMap<>();
  private final AtomicReference<ModelChoices> choices;

  AnalysisService(
      WriteQueue queue, Results results, Settings settings, String version, Clock clock) {
    this.queue = queue;
    this.results = results;
    this.settings = settings;
    this.version = version;
    this.clock = clock;
    this.choices = new AtomicReference<>(ModelChoices.of(settings.analysis()));
  }

  /** The model choices the next analysis uses. */
  ModelChoices choices() {
    return current(choices);
  }

  Settings settings() {
    return settings;
  }

  /** Queues an analysis with the current model choices. */
  JobView start() {
    return start(current(choices));
  }

  /** Queues an analysis with other model choices; they become the current ones when it succeeds. */
  JobView start(ModelChoices with) {
    Objects.requireNonNull(with, "with must not be null");
    long id = ids.incrementAndGet();
    AtomicReference<JobView> job = new AtomicReference<>(JobView.queued(id, clock.instant()));
    jobs.put(id, job);
    forgetOldJobs();
    AnalysisOptions options = with.applyTo(settings.analysis());
    // The job records how the analysis ended; the future adds nothing to it.
    Future<JobView> unused = queue.submit(ws -> run(ws, job, options, with));
    return current(job);
  }

  /** The job of an id, or a 404. */
  JobView job(long id) {
    return Optional.ofNullable(jobs.get(id))
        .map(AnalysisService::current)
        .orElseThrow(() -> HttpProblem.notFound("there is no analysis job " + id));
  }

  /** The job that is running or queued first, if any. */
  Optional<JobView> active() {
    return jobs.values().stream()
        .map(AnalysisService::current)
        .filter(j -> !j.finished())
        .min(Comparator.comparingLong(JobView::id));
  }

  private JobView run(
      Workspace ws, AtomicReference<JobView> job, AnalysisOptions options, ModelChoices with) {
    job.updateAndGet(j -> j.running("starting", 0, 1, clock.instant()));
    try {
      AnalysisResult result =
          Analyzer.analyze(
              ws,
              options,
              version,
              settings.source(),
              (step, done, total) ->
                  job.updateAndGet(j -> j.running(step, done, total, clock.instant())));
      result = RunHistory.compare(ws, result);
      long runId = RunHistory.save(ws, result, clock);
      results.published(new Results.Run(result, runId, clock.instant()), ws.counts());
      choices.set(with);
      job.updateAndGet(j -> j.done(runId, clock.instant()));
    } catch (RuntimeException e) {
      job.updateAndGet(j -> j.failed(message(e), clock.instant()));
    }
    return current(job);
  }

  private static <T> T current(AtomicReference<T> reference) {
    return Objects.requireNonNull(reference.get(), "set when created");
  }

  static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private void forgetOldJobs() {
    long oldest = ids.get() - JOBS_KEPT;
    jobs.keySet().removeIf(id -> id <= oldest);
  }
}
