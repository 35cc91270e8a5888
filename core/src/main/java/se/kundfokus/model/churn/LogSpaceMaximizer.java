package se.kundfokus.model.churn;

/**
 * Maximises a log-likelihood of positive parameters over their logarithms: with {@link Bfgs} and
 * the analytic gradient, falling back on the restarted {@link NelderMead} simplex from the best
 * point BFGS reached where it fails, or with Nelder-Mead alone.
 */
final class LogSpaceMaximizer {

  private LogSpaceMaximizer() {}

  /**
   * The maximum.
   *
   * @param logLikelihood of the parameters themselves, with its gradient over their logarithms
   * @param start the starting parameters, all positive
   * @param tolerance relative: the search stops when the log-likelihood's derivatives (BFGS) or a
   *     whole run's gain (Nelder-Mead) fall below tolerance &times; max(1, |log-likelihood|)
   * @param maxEvaluations the most evaluations of the log-likelihood, over all runs
   * @param optimizer which search
   * @throws FitException if the log-likelihood is not finite at {@code start}, or the search needs
   *     more than {@code maxEvaluations} evaluations
   */
  static Maximum maximize(
      LogLikelihood logLikelihood,
      double[] start,
      double tolerance,
      int maxEvaluations,
      Optimizer optimizer) {
    LogSpaceObjective objective =
        new LogSpaceObjective(logLikelihood, start.length, maxEvaluations);
    double[] point = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      point[i] = Math.log(start[i]);
    }
    LogPoint from;
    if (optimizer == Optimizer.BFGS) {
      Bfgs.Outcome outcome = Bfgs.minimize(objective, point, tolerance);
      if (outcome.converged()) {
        return new Maximum(outcome.best(), objective.evaluations(), Optimizer.BFGS);
      }
      from =
          Double.isFinite(outcome.best().value())
              ? outcome.best()
              : new LogPoint(point, objective.value(point));
    } else {
      from = new LogPoint(point, objective.value(point));
    }
    if (!(from.value() < Double.MAX_VALUE)) {
      throw new FitException("the log-likelihood is not finite at the starting values");
    }
    LogPoint best = NelderMead.minimize(objective, from, tolerance);
    return new Maximum(best, objective.evaluations(), Optimizer.NELDER_MEAD);
  }

  /**
   * The parameters at the maximum, the log-likelihood there, the evaluations it took and the
   * optimiser that found it.
   */
  static final class Maximum {
    private final double[] parameters;
    private final double logLikelihood;
    private final int evaluations;
    private final Optimizer optimizer;

    Maximum(LogPoint minimum, int evaluations, Optimizer optimizer) {
      this.parameters = minimum.coordinates();
      for (int i = 0; i < parameters.length; i++) {
        parameters[i] = Math.exp(parameters[i]);
      }
      this.logLikelihood = -minimum.value();
      this.evaluations = evaluations;
      this.optimizer = optimizer;
    }

    double parameter(int index) {
      return parameters[index];
    }

    double logLikelihood() {
      return logLikelihood;
    }

    int evaluations() {
      return evaluations;
    }

    Optimizer optimizer() {
      return optimizer;
    }
  }
}
