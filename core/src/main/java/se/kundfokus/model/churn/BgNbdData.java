package se.kundfokus.model.churn;

import java.util.List;

/**
 * Customer histories grouped for the BG/NBD likelihood: each distinct (x, t<sub>x</sub>, T) once,
 * weighted by how many customers share it, in order of x. Each history points at its distinct
 * t<sub>x</sub> and T values, so that the logarithms are computed once per distinct time and the
 * terms of x once per distinct x ({@link BgNbdTerms}); an evaluation of the likelihood and its
 * gradient costs one exp and one log per history.
 *
 * <p>The grouping sorts primitive arrays: each customer's indices of x, T and t<sub>x</sub> among
 * the distinct values are packed into one {@code long}, and the sorted keys are counted in runs.
 * Where the three indices need more than {@code keyBits} bits (beyond two million customers with as
 * many distinct values), x and T are first numbered as pairs.
 */
final class BgNbdData implements LogLikelihood {

  private final int customers;
  private final int[] xs;
  private final int[] groupStart;
  private final double[] customersPerX;
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
    this.customersPerX = new double[xs.length];
    for (int k = 0; k < xs.length; k++) {
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        customersPerX[k] += weights[i];
      }
    }
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
    return value(parameters);
  }

  /**
   * The log-likelihood of all customers and its gradient over ln r, ln &alpha;, ln a and ln b.
   *
   * <p>Per history, with S = survived - (r+x) ln(&alpha;+T) and D = died - (r+x) ln(&alpha;+
   * t<sub>x</sub>), the log-likelihood is common + ln(e<sup>S</sup> + e<sup>D</sup>) (only S where
   * x = 0), and each derivative is that of common plus the derivatives of S and D weighted by w =
   * e<sup>D</sup> / (e<sup>S</sup> + e<sup>D</sup>) and 1 - w. Summed per x first, then over x.
   */
  @Override
  public double at(double[] parameters, double[] gradient) {
    double r = parameters[0];
    double alpha = parameters[1];
    double a = parameters[2];
    double b = parameters[3];
    BgNbdTerms terms = new BgNbdTerms(xs, r, alpha, a, b);
    double[] logAge = new double[ages.length];
    double[] inverseAge = new double[ages.length];
    for (int j = 0; j < ages.length; j++) {
      logAge[j] = Math.log(alpha + ages[j]);
      inverseAge[j] = 1.0 / (alpha + ages[j]);
    }
    double[] logRecency = new double[recencies.length];
    double[] inverseRecency = new double[recencies.length];
    for (int j = 0; j < recencies.length; j++) {
      logRecency[j] = Math.log(alpha + recencies[j]);
      inverseRecency[j] = 1.0 / (alpha + recencies[j]);
    }
    double logAlpha = Math.log(alpha);
    BgNbdTerms.Kahan total = new BgNbdTerms.Kahan();
    double gradientR = 0.0;
    double gradientAlpha = 0.0;
    double gradientA = 0.0;
    double gradientB = 0.0;
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      double power = r + x;
      double sumValue = 0.0;
      double sumDied = 0.0;
      double sumLog = 0.0;
      double sumInverse = 0.0;
      if (x == 0) {
        for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
          sumLog += weights[i] * logAge[ageIndex[i]];
          sumInverse += weights[i] * inverseAge[ageIndex[i]];
        }
        sumValue = -power * sumLog;
      } else {
        double survived = terms.survived[k];
        double died = terms.died[k];
        for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
          double weight = weights[i];
          int ja = ageIndex[i];
          int jr = recencyIndex[i];
          double la = logAge[ja];
          double lr = logRecency[jr];
          double s = survived - power * la;
          double d = died - power * lr;
          double value;
          double w;
          if (s >= d) {
            double e = Math.exp(d - s);
            double inverse = 1.0 / (1.0 + e);
            value = s - Math.log(inverse);
            w = e * inverse;
          } else {
            double e = Math.exp(s - d);
            w = 1.0 / (1.0 + e);
            value = d - Math.log(w);
          }
          sumValue += weight * value;
          sumDied += weight * w;
          sumLog += weight * (la + w * (lr - la));
          sumInverse += weight * (inverseAge[ja] + w * (inverseRecency[jr] - inverseAge[ja]));
        }
        gradientB -= sumDied * terms.bOverBx[k];
      }
      double n = customersPerX[k];
      total.add(n * terms.common[k] + sumValue);
      gradientR += n * (terms.digammaR[k] + logAlpha) - sumLog;
      gradientAlpha += power * sumInverse;
      gradientA += n * terms.aSurvived[k] + sumDied;
      gradientB += n * terms.bSurvived[k];
    }
    gradient[0] = r * gradientR;
    gradient[1] = r * customers - alpha * gradientAlpha;
    gradient[2] = gradientA;
    gradient[3] = gradientB;
    return total.sum();
  }
}
