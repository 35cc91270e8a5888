package se.kundfokus.model.potential;

import java.util.List;

/**
 * One company's fit and potential.
 *
 * @param fit how much it looks like the best customers, 0 to 100: the points of the parameters it
 *     meets (an unknown value counts as not met)
 * @param benchmark what comparable customers buy in a year
 * @param potential the benchmark less what it bought in the last 12 months, at least 0
 * @param reasons the score and the potential in words
 */
public record PotentialScore(double fit, double benchmark, double potential, List<String> reasons) {
  public PotentialScore {
    reasons = List.copyOf(reasons);
  }
}
