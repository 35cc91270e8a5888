package se.kundfokus.model.churn;

/**
 * What the Gamma-Gamma fit does with a customer whose repeat purchases average zero or less (for
 * instance after credit notes), which the model cannot describe.
 */
public enum NonPositiveSpend {
  /** Refuse to fit, naming the customer. */
  FAIL,
  /** Leave the customer out of the fit and count them in {@link GammaGamma.Fitted#skipped()}. */
  SKIP
}
