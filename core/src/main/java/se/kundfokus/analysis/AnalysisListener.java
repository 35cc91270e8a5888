package se.kundfokus.analysis;

/** Hears how far an analysis has come, e.g. to show a progress bar. */
@FunctionalInterface
public interface AnalysisListener {
  /** A listener that ignores everything. */
  AnalysisListener NONE = (step, done, total) -> {};

  /**
   * Called as each step starts.
   *
   * @param step what is being done, in words ("customer facts", "churn model", …)
   * @param done the steps finished before this one
   * @param total the number of steps
   */
  void step(String step, int done, int total);
}
