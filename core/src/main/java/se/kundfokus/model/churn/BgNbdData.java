package se.kundfokus.model.churn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Customer histories grouped for the BG/NBD likelihood: each distinct (x, t<sub>x</sub>, T) once,
 * weighted by how many customers share it. Each history points at its distinct x, t<sub>x</sub> and
 * T values, so that the special functions are computed once per distinct x and the logarithms once
 * per distinct time, and an evaluation costs a few multiplications and one exp/log per history.
 */
final class BgNbdData {

  private final int customers;
  private final int[] xs;
  private final double[] recencies;
  private final double[] ages;
  private final int[] xIndex;
  private final int[] recencyIndex;
  private final int[] ageIndex;
  private final double[] weights;

  private BgNbdData(
      int customers,
      Values<Integer> xs,
      Values<Double> recencies,
      Values<Double> ages,
      int[] xIndex,
      int[] recencyIndex,
      int[] ageIndex,
      double[] weights) {
    this.customers = customers;
    this.xs = xs.list().stream().mapToInt(Integer::intValue).toArray();
    this.recencies = recencies.list().stream().mapToDouble(Double::doubleValue).toArray();
    this.ages = ages.list().stream().mapToDouble(Double::doubleValue).toArray();
    this.xIndex = xIndex;
    this.recencyIndex = recencyIndex;
    this.ageIndex = ageIndex;
    this.weights = weights;
  }

  private record History(int x, double recency, double age) {}

  static BgNbdData of(List<CustomerSummary> customers) {
    Map<History, Integer> counts = new HashMap<>();
    for (CustomerSummary customer : customers) {
      // + 0.0 turns -0.0 into 0.0, which records would tell apart
      History history =
          new History(customer.frequency(), customer.recency() + 0.0, customer.age() + 0.0);
      counts.merge(history, 1, Integer::sum);
    }
    Values<Integer> xs = new Values<>();
    Values<Double> recencies = new Values<>();
    Values<Double> ages = new Values<>();
    int size = counts.size();
    int[] xIndex = new int[size];
    int[] recencyIndex = new int[size];
    int[] ageIndex = new int[size];
    double[] weights = new double[size];
    int i = 0;
    for (Map.Entry<History, Integer> entry : counts.entrySet()) {
      History history = entry.getKey();
      xIndex[i] = xs.indexOf(history.x());
      recencyIndex[i] = recencies.indexOf(history.recency());
      ageIndex[i] = ages.indexOf(history.age());
      weights[i] = entry.getValue();
      i++;
    }
    return new BgNbdData(
        customers.size(), xs, recencies, ages, xIndex, recencyIndex, ageIndex, weights);
  }

  int customers() {
    return customers;
  }

  int distinctHistories() {
    return weights.length;
  }

  boolean anyRepeatPurchase() {
    for (int x : xs) {
      if (x > 0) {
        return true;
      }
    }
    return false;
  }

  /** The log-likelihood of all customers, {@code parameters} being r, &alpha;, a and b. */
  double logLikelihood(double[] parameters) {
    double r = parameters[0];
    double alpha = parameters[1];
    double a = parameters[2];
    double b = parameters[3];
    double logBetaAB = Beta.logBeta(a, b);
    double common0 = r * Math.log(alpha) - Gamma.logGamma(r);
    double[] common = new double[xs.length];
    double[] survived = new double[xs.length];
    double[] died = new double[xs.length];
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      common[k] = common0 + Gamma.logGamma(r + x);
      survived[k] = Beta.logBeta(a, b + x) - logBetaAB;
      died[k] = x == 0 ? 0.0 : Beta.logBeta(a + 1, b + x - 1) - logBetaAB;
    }
    double[] logAge = logPlus(alpha, ages);
    double[] logRecency = logPlus(alpha, recencies);
    double sum = 0.0;
    for (int i = 0; i < weights.length; i++) {
      int k = xIndex[i];
      double power = r + xs[k];
      double value = survived[k] - power * logAge[ageIndex[i]];
      if (xs[k] > 0) {
        value = BgNbdParameters.logSumExp(value, died[k] - power * logRecency[recencyIndex[i]]);
      }
      sum += weights[i] * (common[k] + value);
    }
    return sum;
  }

  private static double[] logPlus(double alpha, double[] values) {
    double[] logs = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      logs[i] = Math.log(alpha + values[i]);
    }
    return logs;
  }
}
