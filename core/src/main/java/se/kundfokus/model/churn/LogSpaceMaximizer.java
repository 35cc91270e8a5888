package se.kundfokus.model.churn;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood of positive parameters with the Nelder-Mead simplex of Commons Math,
 * searching over their logarithms. Nelder-Mead can stall on a flat stretch, so it is restarted from
 * its best point until a whole run gains less than tolerance &times; max(1, |log-likelihood|).
 * Relative, because a log-likelihood summed over many customers carries rounding noise in
 * proportion to its size (7e-9 in its last bit alone at 1 M customers): an absolute threshold below
 * that noise is never met, and the restarts went on gaining nothing but noise.
 */
final class LogSpaceMaximizer {

  /** The log-parameters are kept in [-LIMIT, LIMIT]: parameters from 1e-13 to 1e13. */
  private static final double LIMIT = 30.0;

  private static final int MAX_RUNS = 20;

  private LogSpaceMaximizer() {}

  /**
   * The maximum.
   *
   * @param logLikelihood of the parameters themselves (not their logarithms)
   * @param start the starting parameters, all positive
   * @param tolerance the gain in log-likelihood, relative to max(1, |log-likelihood|), below which
   *     a run counts as converged
   * @param maxEvaluations the most evaluations of the log-likelihood, over all runs
   */
  static Maximum maximize(
      ToDoubleFunction<double[]> logLikelihood,
      double[] start,
      double tolerance,
      int maxEvaluations) {
    ObjectiveFunction objective =
        new ObjectiveFunction(logPoint -> negated(logLikelihood, logPoint));
    double[] point = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      point[i] = Math.log(start[i]);
    }
    double value = negated(logLikelihood, point);
    if (value == Double.MAX_VALUE) {
      throw new FitException("the log-likelihood is not finite at the starting values");
    }
    int evaluations = 1;
    for (int run = 0; run < MAX_RUNS; run++) {
      SimplexOptimizer optimizer =
          new SimplexOptimizer(new SimpleValueChecker(1e-15, tolerance / 10));
      PointValuePair best;
      try {
        best =
            optimizer.optimize(
                new MaxEval(Math.max(1, maxEvaluations - evaluations)),
                objective,
                GoalType.MINIMIZE,
                new InitialGuess(point),
                new NelderMeadSimplex(start.length, run == 0 ? 1.0 : 0.1));
      } catch (TooManyEvaluationsException e) {
        throw new FitException(
            "the optimiser did not converge in " + maxEvaluations + " evaluations", e);
      }
      evaluations += optimizer.getEvaluations();
      double gain = value - best.getValue();
      if (gain > 0) {
        point = best.getPoint();
        value = best.getValue();
      }
      if (gain <= tolerance * Math.max(1.0, Math.abs(value))) {
        break;
      }
    }
    double[] parameters = new double[point.length];
    for (int i = 0; i < point.length; i++) {
      parameters[i] = Math.exp(point[i]);
    }
    return new Maximum(parameters, -value, evaluations);
  }

  private static double negated(ToDoubleFunction<double[]> logLikelihood, double[] logPoint) {
    double[] parameters = new double[logPoint.length];
    for (int i = 0; i < logPoint.length; i++) {
      if (!(Math.abs(logPoint[i]) <= LIMIT)) {
        return Double.MAX_VALUE;
      }
      parameters[i] = Math.exp(logPoint[i]);
    }
    double value = logLikelihood.applyAsDouble(parameters);
    return Double.isFinite(value) ? -value : Double.MAX_VALUE;
  }

  /** The parameters at the maximum, the log-likelihood there and the evaluations it took. */
  static final class Maximum {
    private final double[] parameters;
    private final double logLikelihood;
    private final int evaluations;

    Maximum(double[] parameters, double logLikelihood, int evaluations) {
      this.parameters = parameters.clone();
      this.logLikelihood = logLikelihood;
      this.evaluations = evaluations;
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
  }
}
