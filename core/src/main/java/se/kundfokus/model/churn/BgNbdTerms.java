package se.kundfokus.model.churn;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The parts of the BG/NBD log-likelihood (equation 6 of Fader, Hardie &amp; Lee 2005) and of its
 * gradient that depend on x alone, for each distinct x at one (r, &alpha;, a, b).
 *
 * <p>Since x is a whole number, the ratios of Gamma functions are finite products, ln &Gamma;(r+x)
 * - ln &Gamma;(r) = &Sigma;<sub>j&lt;x</sub> ln(r+j), and the differences of digammas finite sums,
 * &psi;(r+x) - &psi;(r) = &Sigma;<sub>j&lt;x</sub> 1/(r+j). Summed up in x order they cost a few
 * operations per unit of the largest x, and they stay accurate where a and b are huge (a fit
 * drifting to a = 5e6, b = 1.6e9), where differences of ln B and of &psi; values of that size lose
 * most of their digits. Beyond {@link #SUMMED_UP_TO} the special functions of Commons Math are used
 * instead, so that one extreme x cannot make an evaluation slow.
 */
final class BgNbdTerms {

  /** x up to this are summed term by term. */
  static final int SUMMED_UP_TO = 100_000;

  /** ln &Gamma;(r+x) - ln &Gamma;(r) + r ln &alpha;. */
  final double[] common;

  /** &psi;(r+x) - &psi;(r). */
  final double[] digammaR;

  /** ln B(a, b+x) - ln B(a, b): the log-chance of not dropping out after x purchases. */
  final double[] survived;

  /** ln B(a+1, b+x-1) - ln B(a, b), for x &ge; 1: the log-chance of dropping out after the x-th. */
  final double[] died;

  /** a &part;survived/&part;a = -a (&psi;(a+b+x) - &psi;(a+b)). */
  final double[] aSurvived;

  /** b &part;survived/&part;b = b (&psi;(b+x) - &psi;(b) - &psi;(a+b+x) + &psi;(a+b)). */
  final double[] bSurvived;

  /**
   * b / (b+x-1), for x &ge; 1. died - survived = ln(a / (b+x-1)), so a &part;died/&part;a = 1 +
   * aSurvived and b &part;died/&part;b = bSurvived - b / (b+x-1).
   */
  final double[] bOverBx;

  /**
   * The terms at r, &alpha;, a, b.
   *
   * @param xs the distinct x, ascending, none negative
   */
  BgNbdTerms(int[] xs, double r, double alpha, double a, double b) {
    this(xs, r, alpha, a, b, SUMMED_UP_TO);
  }

  /** The terms, summing those of x up to {@code summedUpTo}, which tests vary. */
  BgNbdTerms(int[] xs, double r, double alpha, double a, double b, int summedUpTo) {
    int size = xs.length;
    common = new double[size];
    digammaR = new double[size];
    survived = new double[size];
    died = new double[size];
    aSurvived = new double[size];
    bSurvived = new double[size];
    bOverBx = new double[size];
    double rLogAlpha = r * Math.log(alpha);
    Kahan logR = new Kahan();
    Kahan logSurvived = new Kahan();
    double inverseR = 0.0;
    double inverseAb = 0.0;
    double bTerms = 0.0;
    int j = 0;
    for (int k = 0; k < size; k++) {
      int x = xs[k];
      if (x <= summedUpTo) {
        for (; j < x; j++) {
          logR.add(Math.log(r + j));
          inverseR += 1.0 / (r + j);
          double bj = b + j;
          double abj = a + bj;
          // ln(bj / abj), from the smaller of a and bj without cancellation
          logSurvived.add(a < bj ? Math.log1p(-a / abj) : Math.log(bj / abj));
          inverseAb += 1.0 / abj;
          bTerms += a / (bj * abj);
        }
        common[k] = logR.sum() + rLogAlpha;
        digammaR[k] = inverseR;
        survived[k] = logSurvived.sum();
        aSurvived[k] = -a * inverseAb;
        bSurvived[k] = b * bTerms;
      } else {
        double digammaAb = Gamma.digamma(a + b + x) - Gamma.digamma(a + b);
        common[k] = Gamma.logGamma(r + x) - Gamma.logGamma(r) + rLogAlpha;
        digammaR[k] = Gamma.digamma(r + x) - Gamma.digamma(r);
        survived[k] = Beta.logBeta(a, b + x) - Beta.logBeta(a, b);
        aSurvived[k] = -a * digammaAb;
        bSurvived[k] = b * (Gamma.digamma(b + x) - Gamma.digamma(b) - digammaAb);
      }
      if (x > 0) {
        died[k] = survived[k] + Math.log(a / (b + x - 1));
        bOverBx[k] = b / (b + x - 1);
      }
    }
  }

  /** Compensated (Kahan) summation. */
  static final class Kahan {
    private double sum;
    private double compensation;

    void add(double value) {
      double y = value - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }

    double sum() {
      return sum;
    }
  }
}
