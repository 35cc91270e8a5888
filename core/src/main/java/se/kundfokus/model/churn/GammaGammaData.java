package se.kundfokus.model.churn;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Customers' (x, m<sub>x</sub>) arranged for the Gamma-Gamma likelihood. The terms that depend on x
 * only are summed once per distinct x, and only log(v + x m<sub>x</sub>) and 1 / (v + x
 * m<sub>x</sub>) are computed per customer. The terms in p are summed as p x (ln(x m<sub>x</sub>) -
 * ln(v + x m<sub>x</sub>)), each small, rather than as the difference of two sums that grow to 1e8
 * where p is large (and lose the last eight digits of the log-likelihood), and the sums run in
 * blocks, so that the rounding of a sum over a million customers stays small.
 */
final class GammaGammaData implements LogLikelihood {

  private static final int BLOCK = 1024;

  private final int[] xs;
  private final double[] customersPerX;
  private final double[] xTimesMean;
  private final double[] xOfCustomer;
  private final double[] logXTimesMean;
  private final double sumLogMean;

  GammaGammaData(List<CustomerSummary> customers) {
    int n = customers.size();
    int[] x = new int[n];
    xTimesMean = new double[n];
    xOfCustomer = new double[n];
    logXTimesMean = new double[n];
    double logMean = 0.0;
    for (int i = 0; i < n; i++) {
      CustomerSummary customer = customers.get(i);
      x[i] = customer.frequency();
      double mean = customer.averageSpend();
      xTimesMean[i] = x[i] * mean;
      xOfCustomer[i] = x[i];
      logXTimesMean[i] = Math.log(x[i]) + Math.log(mean);
      logMean += Math.log(mean);
    }
    Distinct distinct = Distinct.of(x);
    xs = new int[distinct.size()];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = (int) distinct.values()[k];
    }
    customersPerX = new double[xs.length];
    for (int index : distinct.indices()) {
      customersPerX[index]++;
    }
    sumLogMean = logMean;
  }

  /** The log-likelihood of all customers, {@code parameters} being p, q and v. */
  double logLikelihood(double[] parameters) {
    return value(parameters);
  }

  /** The log-likelihood and its gradient over ln p, ln q and ln v. */
  @Override
  public double at(double[] parameters, double[] gradient) {
    double p = parameters[0];
    double q = parameters[1];
    double v = parameters[2];
    double logV = Math.log(v);
    // sumShare: x ln(x m / (v + x m)); sumLog: ln(v + x m); sumInverse(X): (x) / (v + x m)
    double sumShare = 0.0;
    double sumLog = 0.0;
    double sumInverse = 0.0;
    double sumXInverse = 0.0;
    for (int from = 0; from < xTimesMean.length; from += BLOCK) {
      int to = Math.min(xTimesMean.length, from + BLOCK);
      double share = 0.0;
      double log = 0.0;
      double inverse = 0.0;
      double xInverse = 0.0;
      for (int i = from; i < to; i++) {
        double logTotal = Math.log(v + xTimesMean[i]);
        double inverseTotal = 1.0 / (v + xTimesMean[i]);
        share += xOfCustomer[i] * (logXTimesMean[i] - logTotal);
        log += logTotal;
        inverse += inverseTotal;
        xInverse += xOfCustomer[i] * inverseTotal;
      }
      sumShare += share;
      sumLog += log;
      sumInverse += inverse;
      sumXInverse += xInverse;
    }
    double customers = 0.0;
    double perX = 0.0;
    double digammaP = 0.0;
    double digammaQ = 0.0;
    double logGammaQ = Gamma.logGamma(q);
    double digammaOfQ = Gamma.digamma(q);
    for (int k = 0; k < xs.length; k++) {
      double px = p * xs[k];
      double n = customersPerX[k];
      customers += n;
      perX += n * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - logGammaQ);
      double digammaSum = Gamma.digamma(px + q);
      digammaP += n * xs[k] * (digammaSum - Gamma.digamma(px));
      digammaQ += n * (digammaSum - digammaOfQ);
    }
    double sumLogShare = customers * logV - sumLog;
    gradient[0] = p * (digammaP + sumShare);
    gradient[1] = q * (digammaQ + sumLogShare);
    gradient[2] = q * customers - v * (p * sumXInverse + q * sumInverse);
    return perX + p * sumShare + q * sumLogShare - sumLogMean;
  }
}
