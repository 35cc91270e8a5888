package se.kundfokus.model.churn;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Minimises a {@link LogSpaceObjective} with the Nelder-Mead simplex of Commons Math. Nelder-Mead
 * can stall on a flat stretch, so it is restarted from its best point, with a smaller simplex,
 * until a whole run gains less than tolerance &times; max(1, |value|): relative, because the
 * rounding noise of a log-likelihood summed over many customers grows with its size, and an
 * absolute threshold below that noise would never stop the restarts.
 */
final class NelderMead {

  private static final int MAX_RUNS = 20;

  private NelderMead() {}

  /** The minimum, searched from {@code start}. */
  static LogPoint minimize(LogSpaceObjective objective, LogPoint start, double tolerance) {
    ObjectiveFunction function = new ObjectiveFunction(objective::value);
    double[] point = start.coordinates();
    double best = start.value();
    for (int run = 0; run < MAX_RUNS; run++) {
      SimplexOptimizer optimizer =
          new SimplexOptimizer(new SimpleValueChecker(1e-15, tolerance / 10));
      // The objective counts the evaluations and throws when they run out.
      PointValuePair found =
          optimizer.optimize(
              new MaxEval(Integer.MAX_VALUE),
              function,
              GoalType.MINIMIZE,
              new InitialGuess(point),
              new NelderMeadSimplex(point.length, run == 0 ? 1.0 : 0.1));
      double gain = best - found.getValue();
      if (gain > 0) {
        point = found.getPoint();
        best = found.getValue();
      }
      if (gain <= tolerance * Math.max(1.0, Math.abs(best))) {
        break;
      }
    }
    return new LogPoint(point, best);
  }
}
