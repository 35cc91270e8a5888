package se.kundfokus.model.churn;

import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Customer histories grouped for the BG/NBD likelihood: each distinct (x, t<sub>x</sub>, T) once,
 * weighted by how many customers share it, in order of x. Each history points at its distinct
 * t<sub>x</sub> and T values, so that the special functions are computed once per distinct x and
 * the logarithms once per distinct time, and an evaluation costs a few multiplications and one
 * exp/log per history.
 *
 * <p>The grouping sorts primitive arrays: each customer's indices of x, T and t<sub>x</sub> among
 * the distinct values are packed into one {@code long}, and the sorted keys are counted in runs.
 * Where the three indices need more than {@code keyBits} bits (beyond two million customers with as
 * many distinct values), x and T are first numbered as pairs.
 */
final class BgNbdData {

  private final int customers;
  private final int[] xs;
  private final int[] groupStart;
  private final double[] recencies;
  private final double[] ages;
  private final int[] recencyIndex;
  private final int[] ageIndex;
  private final double[] weights;

  private BgNbdData(
      int customers,
      int[] xs,
      int[] groupStart,
      double[] recencies,
      double[] ages,
      int[] recencyIndex,
      int[] ageIndex,
      double[] weights) {
    this.customers = customers;
    this.xs = xs;
    this.groupStart = groupStart;
    this.recencies = recencies;
    this.ages = ages;
    this.recencyIndex = recencyIndex;
    this.ageIndex = ageIndex;
    this.weights = weights;
  }

  static BgNbdData of(List<CustomerSummary> customers) {
    return of(customers, Long.SIZE - 1);
  }

  /** {@link #of(List)} with keys of at most {@code keyBits} bits, which tests make small. */
  static BgNbdData of(List<CustomerSummary> customers, int keyBits) {
    int n = customers.size();
    int[] frequency = new int[n];
    long[] recency = new long[n];
    long[] age = new long[n];
    for (int i = 0; i < n; i++) {
      CustomerSummary customer = customers.get(i);
      frequency[i] = customer.frequency();
      recency[i] = Distinct.bits(customer.recency());
      age[i] = Distinct.bits(customer.age());
    }
    Distinct x = Distinct.of(frequency);
    Distinct t = Distinct.of(age);
    Distinct tx = Distinct.of(recency);
    int[] xi = x.indices();
    int[] ai = t.indices();
    int[] ri = tx.indices();
    int ageBits = t.indexBits();
    int recencyBits = tx.indexBits();
    int pairBits = x.indexBits() + ageBits;
    // The key is (x, T) << recencyBits | t_x, where (x, T) is either packed or a pair's index.
    long[] pairs = new long[0];
    long[] keys = new long[n];
    if (pairBits + recencyBits <= keyBits) {
      for (int i = 0; i < n; i++) {
        keys[i] = (((long) xi[i] << ageBits | ai[i]) << recencyBits) | ri[i];
      }
    } else {
      long[] pairOf = new long[n];
      for (int i = 0; i < n; i++) {
        pairOf[i] = (long) xi[i] << ageBits | ai[i];
      }
      Distinct distinctPairs = Distinct.of(pairOf);
      pairs = distinctPairs.values();
      int[] pi = distinctPairs.indices();
      for (int i = 0; i < n; i++) {
        keys[i] = (long) pi[i] << recencyBits | ri[i];
      }
      pairBits = distinctPairs.indexBits();
    }
    Distinct.sort(keys, pairBits + recencyBits);
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        size++;
      }
    }
    int[] historyX = new int[size];
    int[] ageIndex = new int[size];
    int[] recencyIndex = new int[size];
    double[] weights = new double[size];
    int h = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        h++;
        long pair = keys[i] >>> recencyBits;
        if (pairs.length > 0) {
          pair = pairs[(int) pair];
        }
        historyX[h] = (int) (pair >>> ageBits);
        ageIndex[h] = (int) (pair & ((1L << ageBits) - 1));
        recencyIndex[h] = (int) (keys[i] & ((1L << recencyBits) - 1));
      }
      weights[h]++;
    }
    int[] xs = new int[x.size()];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = (int) x.values()[k];
    }
    int[] groupStart = new int[xs.length + 1];
    for (int i = 0; i < size; i++) {
      groupStart[historyX[i] + 1]++;
    }
    for (int k = 0; k < xs.length; k++) {
      groupStart[k + 1] += groupStart[k];
    }
    return new BgNbdData(
        n,
        xs,
        groupStart,
        Distinct.doubles(tx.values()),
        Distinct.doubles(t.values()),
        recencyIndex,
        ageIndex,
        weights);
  }

  int customers() {
    return customers;
  }

  int distinctHistories() {
    return weights.length;
  }

  boolean anyRepeatPurchase() {
    return xs.length > 0 && xs[xs.length - 1] > 0;
  }

  /** The log-likelihood of all customers, {@code parameters} being r, &alpha;, a and b. */
  double logLikelihood(double[] parameters) {
    double r = parameters[0];
    double alpha = parameters[1];
    double a = parameters[2];
    double b = parameters[3];
    double logBetaAB = Beta.logBeta(a, b);
    double common0 = r * Math.log(alpha) - Gamma.logGamma(r);
    double[] logAge = logPlus(alpha, ages);
    double[] logRecency = logPlus(alpha, recencies);
    double sum = 0.0;
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      double power = r + x;
      double common = common0 + Gamma.logGamma(r + x);
      double survived = Beta.logBeta(a, b + x) - logBetaAB;
      double died = x == 0 ? 0.0 : Beta.logBeta(a + 1, b + x - 1) - logBetaAB;
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        double value = survived - power * logAge[ageIndex[i]];
        if (x > 0) {
          value = BgNbdParameters.logSumExp(value, died - power * logRecency[recencyIndex[i]]);
        }
        sum += weights[i] * (common + value);
      }
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
