package se.kundfokus.model.churn;

import org.apache.commons.math3.special.Gamma;

/**
 * The three parameters of the Gamma-Gamma model of spend (Colombo &amp; Jiang 1999; Fader, Hardie
 * &amp; Lee 2005, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis"). Each
 * transaction's amount is Gamma(shape p, rate &nu;), and &nu; ~ Gamma(shape q, rate v) across
 * customers, independent of the purchase process.
 *
 * @param p shape of the amount of one transaction, positive
 * @param q shape of the customers' rates, positive
 * @param v scale (in money) of the customers' rates, positive
 */
public record GammaGammaParameters(double p, double q, double v) {

  public GammaGammaParameters {
    BgNbdParameters.requirePositive("p", p);
    BgNbdParameters.requirePositive("q", q);
    BgNbdParameters.requirePositive("v", v);
  }

  /**
   * The expected mean transaction amount of a customer whose x repeat transactions averaged
   * m<sub>x</sub>: p (v + x m<sub>x</sub>) / (p x + q - 1), a weighted mean of the population mean
   * p v / (q - 1) and m<sub>x</sub>. With x = 0 it is the population mean. It is infinite where p x
   * + q &le; 1, since the expectation does not exist there.
   */
  public double expectedAverageSpend(int x, double mx) {
    checkSpend(x, mx);
    double denominator = p * x + q - 1.0;
    if (denominator <= 0.0) {
      return Double.POSITIVE_INFINITY;
    }
    return p * (v + x * mx) / denominator;
  }

  /** {@link #expectedAverageSpend(int, double)} for one summary. */
  public double expectedAverageSpend(CustomerSummary customer) {
    return expectedAverageSpend(customer.frequency(), customer.averageSpend());
  }

  /**
   * The log-likelihood of one customer's mean m<sub>x</sub> of x &ge; 1 transactions, m<sub>x</sub>
   * &gt; 0 (equation 3 of Fader, Hardie &amp; Lee's note "The Gamma-Gamma Model of Monetary
   * Value").
   */
  public double logLikelihood(int x, double mx) {
    if (x < 1 || !(mx > 0.0)) {
      throw new IllegalArgumentException(
          "the likelihood needs x >= 1 and a positive mean, were " + x + " and " + mx);
    }
    checkSpend(x, mx);
    double px = p * x;
    return Gamma.logGamma(px + q)
        - Gamma.logGamma(px)
        - Gamma.logGamma(q)
        + q * Math.log(v)
        + (px - 1.0) * Math.log(mx)
        + px * Math.log(x)
        - (px + q) * Math.log(v + x * mx);
  }

  private static void checkSpend(int x, double mx) {
    if (x < 0) {
      throw new IllegalArgumentException("x must not be negative, was " + x);
    }
    if (!Double.isFinite(mx) || mx < 0.0 || (x == 0 && mx != 0.0)) {
      throw new IllegalArgumentException(
          "the mean spend must be finite, not negative and 0 when x is 0, was " + mx);
    }
  }
}
