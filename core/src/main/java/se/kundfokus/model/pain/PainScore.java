package se.kundfokus.model.pain;

import java.util.List;

/**
 * One company's pain.
 *
 * @param score 0 to 100: the share of the parameters' total weight that it meets
 * @param behov the part of the score from aware needs
 * @param brist the part of the score from unaware lacks
 * @param reasons each parameter met, not met or unknown, in words
 */
public record PainScore(double score, double behov, double brist, List<String> reasons) {
  public PainScore {
    reasons = List.copyOf(reasons);
  }
}
