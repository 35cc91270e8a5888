package se.kundfokus.model.profile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.kundfokus.model.rule.Condition;

/**
 * Finds an attribute's condition (a union of its buckets) that tells the most about being a best
 * customer, given what is already known: the customers are in strata (the cells of the conditions
 * chosen so far, or one stratum), and a condition is scored by the information it adds within them.
 * Strata of -1 are left out (customers outside a node of the rule tree).
 */
final class Search {
  private final boolean[] best;
  private final int[] stratum;
  private final int strata;

  Search(boolean[] best, int[] stratum, int strata) {
    this.best = best;
    this.stratum = stratum;
    this.strata = strata;
  }

  /**
   * A condition found.
   *
   * @param gain the information it adds, in bits per customer
   * @param score the gain less the price of its complexity (see {@link #complexity}), in bits per
   *     customer: what conditions are compared by
   * @param g the likelihood-ratio statistic of that gain
   * @param df its degrees of freedom (strata where some customers meet it and some do not)
   * @param p the chance of a statistic this large by chance, for this one condition
   * @param tried how many conditions of the attribute were tried
   * @param customers customers who meet it
   * @param bestCustomers best customers who meet it
   * @param expectedBest best customers expected among them from their strata alone
   */
  record Found(
      BitSet buckets,
      Condition condition,
      double gain,
      double score,
      double g,
      int df,
      double p,
      int tried,
      long customers,
      long bestCustomers,
      double expectedBest) {

    /** How many times as many best customers as their strata lead to expect. */
    double lift() {
      return expectedBest > 0 ? bestCustomers / expectedBest : 0.0;
    }
  }

  /** The counts of each stratum and bucket: customers (n) and best customers (b). */
  private static final class Table {
    final long[][] n;
    final long[][] b;
    final long[] ns;
    final long[] bs;
    final long total;

    Table(long[][] n, long[][] b, long[] ns, long[] bs, long total) {
      this.n = n;
      this.b = b;
      this.ns = ns;
      this.bs = bs;
      this.total = total;
    }
  }

  private Table table(Buckets buckets) {
    int width = buckets.count + 1;
    long[][] n = new long[strata][width];
    long[][] b = new long[strata][width];
    long[] ns = new long[strata];
    long[] bs = new long[strata];
    long total = 0;
    for (int i = 0; i < stratum.length; i++) {
      int s = stratum[i];
      if (s < 0) {
        continue;
      }
      int j = buckets.of[i];
      n[s][j]++;
      ns[s]++;
      total++;
      if (best[i]) {
        b[s][j]++;
        bs[s]++;
      }
    }
    return new Table(n, b, ns, bs, total);
  }

  /**
   * The condition of the attribute with the largest gain among those that hold more best customers
   * than expected; empty when there is none.
   */
  Optional<Found> best(Buckets buckets) {
    Table t = table(buckets);
    if (t.total == 0) {
      return Optional.empty();
    }
    List<BitSet> candidates = candidates(buckets, t);
    double base = 0;
    for (int s = 0; s < strata; s++) {
      base += Stats.weightedEntropy(t.ns[s], t.bs[s]);
    }
    int winner = -1;
    double winnerConditional = Double.POSITIVE_INFINITY;
    for (int c = 0; c < candidates.size(); c++) {
      BitSet candidate = candidates.get(c);
      long bestIn = 0;
      double expected = 0;
      double conditional = 0;
      for (int s = 0; s < strata; s++) {
        long nIn = 0;
        long bIn = 0;
        for (int j = candidate.nextSetBit(0); j >= 0; j = candidate.nextSetBit(j + 1)) {
          nIn += t.n[s][j];
          bIn += t.b[s][j];
        }
        conditional +=
            Stats.weightedEntropy(nIn, bIn) + Stats.weightedEntropy(t.ns[s] - nIn, t.bs[s] - bIn);
        bestIn += bIn;
        if (t.ns[s] > 0) {
          expected += nIn * (double) t.bs[s] / t.ns[s];
        }
      }
      // Each value listed beyond the first, and a band's second bound, must earn its place: the
      // likelihood-ratio statistic pays ln(N) for it (the BIC's price of a parameter), so that a
      // small category that happens to hold a few best customers does not ride along.
      double penalized =
          conditional + 0.5 * Math.log((double) t.total) * complexity(buckets, candidate);
      if (bestIn > expected && penalized < winnerConditional - 1e-12) {
        winner = c;
        winnerConditional = penalized;
      }
    }
    if (winner < 0) {
      return Optional.empty();
    }
    return Optional.of(found(buckets, t, candidates.get(winner), base, candidates.size()));
  }

  /** How much a condition says beyond one threshold or value: extra values, or a second bound. */
  static int complexity(Buckets buckets, BitSet candidate) {
    if (!buckets.ordered) {
      return Math.max(0, candidate.cardinality() - 1);
    }
    boolean fromStart = candidate.get(0);
    boolean toEnd = candidate.get(buckets.count - 1);
    return fromStart || toEnd ? 0 : 1;
  }

  private Found found(Buckets buckets, Table t, BitSet candidate, double base, int tried) {
    long customers = 0;
    long bestIn = 0;
    double expected = 0;
    double conditional = 0;
    int df = 0;
    for (int s = 0; s < strata; s++) {
      long nIn = 0;
      long bIn = 0;
      for (int j = candidate.nextSetBit(0); j >= 0; j = candidate.nextSetBit(j + 1)) {
        nIn += t.n[s][j];
        bIn += t.b[s][j];
      }
      long nOut = t.ns[s] - nIn;
      conditional += Stats.weightedEntropy(nIn, bIn) + Stats.weightedEntropy(nOut, t.bs[s] - bIn);
      if (nIn > 0 && nOut > 0) {
        df++;
      }
      customers += nIn;
      bestIn += bIn;
      if (t.ns[s] > 0) {
        expected += nIn * (double) t.bs[s] / t.ns[s];
      }
    }
    double g = 2 * Math.max(0, base - conditional);
    double price = 0.5 * Math.log((double) t.total) * complexity(buckets, candidate);
    return new Found(
        candidate,
        buckets.condition(candidate),
        Stats.bits(g / 2 / t.total),
        Stats.bits((g / 2 - price) / t.total),
        g,
        df,
        Stats.gTestP(g, df),
        tried,
        customers,
        bestIn,
        expected);
  }

  /**
   * Categories: the unions of the k categories richest in best customers (observed over expected),
   * for k from 1 to all but one. Ordered buckets: each threshold both ways, and each bucket alone.
   */
  private List<BitSet> candidates(Buckets buckets, Table t) {
    List<BitSet> candidates = new ArrayList<>();
    if (!buckets.ordered) {
      List<Integer> present = new ArrayList<>();
      double[] ratio = new double[buckets.count];
      for (int j = 0; j < buckets.count; j++) {
        long observed = 0;
        double expected = 0;
        long n = 0;
        for (int s = 0; s < strata; s++) {
          observed += t.b[s][j];
          n += t.n[s][j];
          if (t.ns[s] > 0) {
            expected += t.n[s][j] * (double) t.bs[s] / t.ns[s];
          }
        }
        if (n > 0) {
          present.add(j);
          ratio[j] = (observed + 0.5) / (expected + 0.5);
        }
      }
      present.sort(Comparator.comparingDouble((Integer j) -> -ratio[j]).thenComparing(j -> j));
      BitSet union = new BitSet();
      for (int k = 0; k + 1 < present.size() || (k == 0 && present.size() == 1); k++) {
        union.set(present.get(k));
        candidates.add((BitSet) union.clone());
      }
      return candidates;
    }
    for (int cut = 1; cut < buckets.count; cut++) {
      BitSet above = new BitSet();
      above.set(cut, buckets.count);
      BitSet below = new BitSet();
      below.set(0, cut);
      candidates.add(above);
      candidates.add(below);
    }
    if (buckets.count > 2) {
      for (int j = 0; j < buckets.count; j++) {
        BitSet one = new BitSet();
        one.set(j);
        candidates.add(one);
      }
    }
    return candidates;
  }
}
