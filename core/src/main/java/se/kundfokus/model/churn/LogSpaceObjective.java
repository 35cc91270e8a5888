package se.kundfokus.model.churn;

/**
 * The function the optimisers minimise: minus a {@link LogLikelihood}, of the logarithms of its
 * parameters. Points outside [-{@link #LIMIT}, {@link #LIMIT}] and points where the likelihood or
 * its gradient is not finite have the value +&infin;. Counts the evaluations and stops the search
 * with a {@link FitException} when they would exceed the budget.
 */
final class LogSpaceObjective {

  /** The log-parameters are kept in [-LIMIT, LIMIT]: parameters from 1e-13 to 1e13. */
  static final double LIMIT = 30.0;

  private final LogLikelihood logLikelihood;
  private final int maxEvaluations;
  private final double[] parameters;
  private final double[] scratch;
  private int evaluations;

  LogSpaceObjective(LogLikelihood logLikelihood, int dimension, int maxEvaluations) {
    this.logLikelihood = logLikelihood;
    this.maxEvaluations = maxEvaluations;
    this.parameters = new double[dimension];
    this.scratch = new double[dimension];
  }

  int dimension() {
    return parameters.length;
  }

  int evaluations() {
    return evaluations;
  }

  /**
   * The value at {@code logPoint}; fills {@code gradient} with its gradient. The value is +&infin;
   * where it or the gradient is not finite.
   */
  double value(double[] logPoint, double[] gradient) {
    double value = evaluate(logPoint, gradient);
    for (int i = 0; i < gradient.length && Double.isFinite(value); i++) {
      if (!Double.isFinite(gradient[i])) {
        value = Double.POSITIVE_INFINITY;
      }
      gradient[i] = -gradient[i];
    }
    return value;
  }

  /**
   * The value alone, for Nelder-Mead: {@link Double#MAX_VALUE} where it is not finite, which the
   * simplex can still compare and average.
   */
  double value(double[] logPoint) {
    double value = evaluate(logPoint, scratch);
    return Double.isFinite(value) ? value : Double.MAX_VALUE;
  }

  private double evaluate(double[] logPoint, double[] gradient) {
    if (evaluations >= maxEvaluations) {
      throw new FitException(
          "the optimiser did not converge in " + maxEvaluations + " evaluations");
    }
    evaluations++;
    for (int i = 0; i < logPoint.length; i++) {
      if (!(Math.abs(logPoint[i]) <= LIMIT)) {
        return Double.POSITIVE_INFINITY;
      }
      parameters[i] = Math.exp(logPoint[i]);
    }
    double value = -logLikelihood.at(parameters, gradient);
    return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
  }
}
