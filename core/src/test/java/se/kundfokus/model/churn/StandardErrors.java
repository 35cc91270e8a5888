package se.kundfokus.model.churn;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Asymptotic standard errors of the logarithms of maximum-likelihood estimates, from the observed
 * information: the inverse of minus the Hessian of the log-likelihood over the log-parameters, by
 * central differences.
 */
final class StandardErrors {

  private static final double STEP = 1e-3;

  private StandardErrors() {}

  static double[] ofLogParameters(ToDoubleFunction<double[]> logLikelihood, double[] estimate) {
    int n = estimate.length;
    double[][] hessian = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double value =
            (at(logLikelihood, estimate, i, STEP, j, STEP)
                    - at(logLikelihood, estimate, i, STEP, j, -STEP)
                    - at(logLikelihood, estimate, i, -STEP, j, STEP)
                    + at(logLikelihood, estimate, i, -STEP, j, -STEP))
                / (4 * STEP * STEP);
        hessian[i][j] = -value;
        hessian[j][i] = -value;
      }
    }
    RealMatrix covariance =
        new LUDecomposition(new Array2DRowRealMatrix(hessian)).getSolver().getInverse();
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      errors[i] = Math.sqrt(covariance.getEntry(i, i));
    }
    return errors;
  }

  /** The log-likelihood with log-parameter i moved by di and j by dj (i may equal j). */
  private static double at(
      ToDoubleFunction<double[]> logLikelihood,
      double[] estimate,
      int i,
      double di,
      int j,
      double dj) {
    double[] point = estimate.clone();
    point[i] *= Math.exp(di);
    point[j] *= Math.exp(dj);
    return logLikelihood.applyAsDouble(point);
  }
}
