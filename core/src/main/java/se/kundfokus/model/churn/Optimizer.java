package se.kundfokus.model.churn;

/**
 * How {@link BgNbd#fit} and {@link GammaGamma#fit} maximise the likelihood. Both search over the
 * logarithms of the parameters.
 */
public enum Optimizer {
  /**
   * BFGS, a quasi-Newton method, with the analytic gradient of the log-likelihood and a line search
   * for the strong Wolfe conditions; where it fails (the line search finds no better point while
   * the gradient is still far from 0), the restarted Nelder-Mead simplex takes over from the best
   * point it reached. The default: a few dozen evaluations of the likelihood where Nelder-Mead
   * needs hundreds.
   */
  BFGS,

  /** The restarted Nelder-Mead simplex alone, which uses the values of the likelihood only. */
  NELDER_MEAD
}
