package se.kundfokus.model.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How likely a gain this large is by chance, with every attribute and condition tried: the best
 * customers are reshuffled among the customers (within each stratum, so that the conditions already
 * chosen keep their effect), the best condition of every attribute is searched again, and the
 * p-value of an attribute is the share of reshufflings in which some attribute did at least as well
 * (Westfall and Young's single-step max-T adjustment). It corrects for the many thresholds and
 * attributes tried without Bonferroni's overcorrection for conditions that overlap.
 */
final class Permutation {
  private Permutation() {}

  /**
   * The adjusted p-values.
   *
   * @param observed each attribute's best gain on the real labels (0 where it had no condition)
   * @param permutations how many reshufflings; the smallest p-value is 1 / (permutations + 1)
   */
  static double[] adjusted(
      List<Buckets> attributes,
      double[] observed,
      boolean[] best,
      int[] stratum,
      int strata,
      int permutations,
      long seed) {
    int m = attributes.size();
    long[] atLeast = new long[m];
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> members = members(stratum, strata);
    boolean[] shuffled = best.clone();
    for (int r = 0; r < permutations; r++) {
      for (int[] indices : members) {
        shuffle(shuffled, indices, random);
      }
      Search search = new Search(shuffled, stratum, strata);
      double max = 0;
      for (Buckets buckets : attributes) {
        Optional<Search.Found> found = search.best(buckets);
        if (found.isPresent()) {
          max = Math.max(max, found.get().score());
        }
      }
      for (int i = 0; i < m; i++) {
        if (observed[i] > 0 && max >= observed[i] * (1 - 1e-12)) {
          atLeast[i]++;
        }
      }
    }
    double[] p = new double[m];
    for (int i = 0; i < m; i++) {
      p[i] = observed[i] > 0 ? (1.0 + atLeast[i]) / (1.0 + permutations) : 1.0;
    }
    return p;
  }

  private static List<int[]> members(int[] stratum, int strata) {
    int[] sizes = new int[strata];
    for (int s : stratum) {
      if (s >= 0) {
        sizes[s]++;
      }
    }
    List<int[]> members = new ArrayList<>(strata);
    for (int s = 0; s < strata; s++) {
      members.add(new int[sizes[s]]);
    }
    int[] filled = new int[strata];
    for (int i = 0; i < stratum.length; i++) {
      int s = stratum[i];
      if (s >= 0) {
        members.get(s)[filled[s]++] = i;
      }
    }
    return members;
  }

  /** Fisher–Yates over the labels at these indices. */
  private static void shuffle(boolean[] labels, int[] indices, SplittableRandom random) {
    for (int k = indices.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      boolean swap = labels[indices[k]];
      labels[indices[k]] = labels[indices[j]];
      labels[indices[j]] = swap;
    }
  }
}
