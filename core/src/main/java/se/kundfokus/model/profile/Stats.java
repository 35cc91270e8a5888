package se.kundfokus.model.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/** Entropy, the likelihood-ratio (G) test and Holm's correction. */
final class Stats {
  private Stats() {}

  /** n times the entropy (in nats) of b best customers among n: n·H(b/n). */
  static double weightedEntropy(long n, long b) {
    if (n <= 0 || b <= 0 || b >= n) {
      return 0.0;
    }
    double p = (double) b / n;
    return -n * (p * Math.log(p) + (1 - p) * Math.log1p(-p));
  }

  /** Nats to bits. */
  static double bits(double nats) {
    return nats / Math.log(2);
  }

  /** The chance of a G statistic this large or larger, with df degrees of freedom. */
  static double gTestP(double g, int df) {
    if (df <= 0 || !(g > 0)) {
      return 1.0;
    }
    return 1.0 - new ChiSquaredDistribution(null, df).cumulativeProbability(g);
  }

  /** Holm's step-down correction of p-values for testing them together. */
  static double[] holm(double[] p) {
    int m = p.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      running = Math.max(running, Math.min(1.0, (m - k) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** A p-value times the number of tests, at most 1 (Bonferroni). */
  static double bonferroni(double p, long tests) {
    return Math.min(1.0, p * Math.max(1, tests));
  }
}
