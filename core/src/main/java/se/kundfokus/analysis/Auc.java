package se.kundfokus.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/** The area under the ROC curve by the Mann–Whitney statistic, ties counting half. */
final class Auc {
  private Auc() {}

  /** Empty when either class is empty. */
  static Optional<Double> of(double[] scores, boolean[] positive) {
    int n = scores.length;
    long positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Optional.empty();
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double rankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSum += rank;
        }
      }
      i = j + 1;
    }
    double u = rankSum - positives * (positives + 1) / 2.0;
    return Optional.of(u / ((double) positives * negatives));
  }
}
