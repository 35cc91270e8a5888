package se.kundfokus.model.churn;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The four parameters of the BG/NBD model and what they predict (Fader, Hardie &amp; Lee 2005,
 * "Counting Your Customers the Easy Way"). While alive, a customer buys at rate &lambda; ~
 * Gamma(shape r, rate &alpha;); after each purchase they drop out with probability p ~ Beta(a, b).
 * Times are in the unit of the data the parameters were fitted on; &alpha; is in that unit.
 *
 * @param r shape of the purchase-rate distribution, positive
 * @param alpha scale (in time units) of the purchase-rate distribution, positive
 * @param a first shape of the drop-out distribution, positive
 * @param b second shape of the drop-out distribution, positive
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

  /** Within this distance of a = 1 the expectations are taken as the mean at 1 &plusmn; it. */
  private static final double NEAR_ONE = 1e-6;

  public BgNbdParameters {
    requirePositive("r", r);
    requirePositive("alpha", alpha);
    requirePositive("a", a);
    requirePositive("b", b);
  }

  static void requirePositive(String name, double value) {
    if (!(value > 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
    }
  }

  /**
   * The probability that a customer with x repeat purchases, the last at t<sub>x</sub>, is still
   * alive at T (equation 13 of the paper). It is 1 when x = 0: in the BG/NBD model a customer can
   * only drop out right after a repeat purchase.
   */
  public double probabilityAlive(int x, double tx, double age) {
    checkHistory(x, tx, age);
    return 1.0 / (1.0 + deathOdds(x, tx, age));
  }

  /** {@link #probabilityAlive(int, double, double)} for one summary. */
  public double probabilityAlive(CustomerSummary customer) {
    return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
  }

  /**
   * The expected number of purchases in (T, T + t] of a customer with x repeat purchases, the last
   * at t<sub>x</sub>, observed for T (equation 10 of the paper).
   */
  public double expectedPurchases(double t, int x, double tx, double age) {
    checkHistory(x, tx, age);
    checkHorizon(t);
    return expectedIfAlive(t, x, age) / (1.0 + deathOdds(x, tx, age));
  }

  /** {@link #expectedPurchases(double, int, double, double)} for one summary. */
  public double expectedPurchases(double t, CustomerSummary customer) {
    return expectedPurchases(t, customer.frequency(), customer.recency(), customer.age());
  }

  /**
   * The expected number of repeat purchases in the first t time units of a new customer, E[X(t)]
   * (equation 9 of the paper).
   */
  public double expectedPurchasesNewCustomer(double t) {
    checkHorizon(t);
    return expectedIfAlive(t, 0, 0.0);
  }

  /** The log-likelihood of one customer's (x, t<sub>x</sub>, T) (equation 6 of the paper). */
  public double logLikelihood(int x, double tx, double age) {
    checkHistory(x, tx, age);
    double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
    double logBetaAB = Beta.logBeta(a, b);
    double survived = Beta.logBeta(a, b + x) - logBetaAB - (r + x) * Math.log(alpha + age);
    if (x == 0) {
      return common + survived;
    }
    double died = Beta.logBeta(a + 1, b + x - 1) - logBetaAB - (r + x) * Math.log(alpha + tx);
    return common + logSumExp(survived, died);
  }

  static double logSumExp(double u, double v) {
    double max = Math.max(u, v);
    return max + Math.log1p(Math.exp(Math.min(u, v) - max));
  }

  /** The odds that the customer has dropped out: P(dead) / P(alive). */
  private double deathOdds(int x, double tx, double age) {
    if (x == 0) {
      return 0.0;
    }
    return Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + tx)));
  }

  /**
   * E[X(T, T + t) | alive at T] = (a+b+x-1)/(a-1) [1 - ((&alpha;+T)/(&alpha;+T+t))<sup>r+x</sup>
   * <sub>2</sub>F<sub>1</sub>(r+x, b+x; a+b+x-1; z)] with z = t/(&alpha;+T+t). Euler's
   * transformation turns the power times <sub>2</sub>F<sub>1</sub> into (1-z)<sup>a-1</sup>
   * <sub>2</sub>F<sub>1</sub>(a+b-1-r, a-1; a+b+x-1; z), which neither overflows for large x nor
   * converges slowly as z nears 1.
   */
  private double expectedIfAlive(double t, int x, double age) {
    if (Math.abs(a - 1.0) < NEAR_ONE) {
      return 0.5
          * (expectedIfAlive(t, x, age, 1.0 - NEAR_ONE)
              + expectedIfAlive(t, x, age, 1.0 + NEAR_ONE));
    }
    return expectedIfAlive(t, x, age, a);
  }

  /**
   * {@link #expectedIfAlive(double, int, double)} with a in place of this a. Euler's form needs
   * about a&middot;z/(1-z) terms before they shrink, the direct form about (r+x)&middot;z/(1-z):
   * when a is the larger (a fit where a and b grow without bound, because customers hardly differ
   * in their drop-out chance), the direct form is summed instead, in log space so that it cannot
   * overflow.
   */
  private double expectedIfAlive(double t, int x, double age, double shape) {
    if (shape - 1 > r + x) {
      return expectedIfAliveDirect(t, x, age, shape);
    }
    return expectedIfAliveEuler(t, x, age, shape);
  }

  /** The untransformed formula, for a &gt; 1. */
  double expectedIfAliveDirect(double t, int x, double age, double shape) {
    double z = t / (alpha + age + t);
    double c = shape + b + x - 1;
    double logRest = (r + x) * Math.log1p(-z) + Hypergeometric.logF21(r + x, b + x, c, z);
    return c / (shape - 1) * -Math.expm1(Math.min(0.0, logRest));
  }

  /** Euler's form. */
  double expectedIfAliveEuler(double t, int x, double age, double shape) {
    double z = t / (alpha + age + t);
    double c = shape + b + x - 1;
    double f = Hypergeometric.f21(shape + b - 1 - r, shape - 1, c, z);
    double complement =
        f > 0.0
            ? -Math.expm1((shape - 1) * Math.log1p(-z) + Math.log(f))
            : 1.0 - Math.exp((shape - 1) * Math.log1p(-z)) * f;
    return c / (shape - 1) * complement;
  }

  static void checkHistory(int x, double tx, double age) {
    if (x < 0) {
      throw new IllegalArgumentException("x must not be negative, was " + x);
    }
    if (!(age >= 0.0 && Double.isFinite(age))) {
      throw new IllegalArgumentException("T must be finite and not negative, was " + age);
    }
    if (!(tx >= 0.0 && tx <= age)) {
      throw new IllegalArgumentException("t_x must be between 0 and T (" + age + "), was " + tx);
    }
  }

  private static void checkHorizon(double t) {
    if (!(t >= 0.0 && Double.isFinite(t))) {
      throw new IllegalArgumentException("t must be finite and not negative, was " + t);
    }
  }
}
