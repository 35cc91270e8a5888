package se.kundfokus.model.churn;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Customers' (x, m<sub>x</sub>) arranged for the Gamma-Gamma likelihood. The terms that depend on x
 * only are summed once per distinct x, the terms linear in p are summed once, and only log(v + x
 * m<sub>x</sub>) remains per customer.
 */
final class GammaGammaData {

  private final int[] xs;
  private final double[] customersPerX;
  private final double[] xTimesMean;
  private final double[] xOfCustomer;
  private final double sumXLogMean;
  private final double sumLogMean;
  private final double sumXLogX;

  GammaGammaData(List<CustomerSummary> customers) {
    int n = customers.size();
    xTimesMean = new double[n];
    xOfCustomer = new double[n];
    double xLogMean = 0.0;
    double logMean = 0.0;
    double xLogX = 0.0;
    int[] frequencies = new int[n];
    for (int i = 0; i < n; i++) {
      CustomerSummary customer = customers.get(i);
      int x = customer.frequency();
      double mean = customer.averageSpend();
      frequencies[i] = x;
      xTimesMean[i] = x * mean;
      xOfCustomer[i] = x;
      xLogMean += x * Math.log(mean);
      logMean += Math.log(mean);
      xLogX += x * Math.log(x);
    }
    Distinct distinct = Distinct.of(frequencies);
    xs = new int[distinct.size()];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = (int) distinct.values()[k];
    }
    customersPerX = new double[xs.length];
    for (int index : distinct.indices()) {
      customersPerX[index]++;
    }
    sumXLogMean = xLogMean;
    sumLogMean = logMean;
    sumXLogX = xLogX;
  }

  /** The log-likelihood of all customers, {@code parameters} being p, q and v. */
  double logLikelihood(double[] parameters) {
    double p = parameters[0];
    double q = parameters[1];
    double v = parameters[2];
    double sum = p * (sumXLogMean + sumXLogX) - sumLogMean;
    double perCustomer = q * Math.log(v) - Gamma.logGamma(q);
    for (int k = 0; k < xs.length; k++) {
      double px = p * xs[k];
      sum += customersPerX[k] * (perCustomer + Gamma.logGamma(px + q) - Gamma.logGamma(px));
    }
    for (int i = 0; i < xTimesMean.length; i++) {
      sum -= (p * xOfCustomer[i] + q) * Math.log(v + xTimesMean[i]);
    }
    return sum;
  }
}
