package se.kundfokus.model.churn;

/** A log-likelihood of positive parameters and its gradient over their logarithms. */
@FunctionalInterface
interface LogLikelihood {

  /**
   * The log-likelihood at {@code parameters}; fills {@code gradient} (of the same length) with its
   * derivatives with respect to the logarithms of the parameters, &theta;<sub>i</sub> &part;&ell; /
   * &part;&theta;<sub>i</sub>. The result may be infinite or NaN where the likelihood breaks down.
   */
  double at(double[] parameters, double[] gradient);

  /** The log-likelihood alone. */
  default double value(double[] parameters) {
    return at(parameters, new double[parameters.length]);
  }
}
