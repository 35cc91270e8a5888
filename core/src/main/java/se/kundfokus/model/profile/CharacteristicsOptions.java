package se.kundfokus.model.profile;

/**
 * How the characteristics of the best customers are found.
 *
 * @param significance the chance of a difference this large arising by chance that is still
 *     accepted, after correcting for the number of attributes and conditions tried (0.01)
 * @param minLift a proposed condition must make a customer at least this many times as likely to be
 *     a best customer as expected without it (1.5)
 * @param minBest a proposed condition must hold for at least this many best customers (5)
 * @param maxParameters at most this many conditions are proposed (1 to 3)
 * @param minCoverage an attribute needs a value for at least this share of the customers (0.5)
 * @param maxCategories an attribute with more distinct values than this is an identifier, not a
 *     characteristic (50)
 * @param treeDepth the depth of the rule tree (1 to 3)
 * @param minLeaf the fewest customers in a rule of the tree (20)
 * @param permutations how many times the best customers are reshuffled to see what chance alone
 *     gives (199: the smallest p-value is 0.005)
 * @param seed the seed of the reshuffling, so that a run can be repeated exactly
 */
public record CharacteristicsOptions(
    double significance,
    double minLift,
    int minBest,
    int maxParameters,
    double minCoverage,
    int maxCategories,
    int treeDepth,
    int minLeaf,
    int permutations,
    long seed) {

  public static final long DEFAULT_SEED = 20261202L;

  public CharacteristicsOptions {
    if (!(significance > 0 && significance <= 1)) {
      throw new IllegalArgumentException("significance must be in (0, 1], was " + significance);
    }
    if (!(minLift >= 1 && Double.isFinite(minLift))) {
      throw new IllegalArgumentException("minLift must be at least 1, was " + minLift);
    }
    if (minBest < 1) {
      throw new IllegalArgumentException("minBest must be at least 1, was " + minBest);
    }
    if (maxParameters < 1 || maxParameters > 3) {
      throw new IllegalArgumentException("maxParameters must be 1 to 3, was " + maxParameters);
    }
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be in [0, 1], was " + minCoverage);
    }
    if (maxCategories < 2) {
      throw new IllegalArgumentException("maxCategories must be at least 2, was " + maxCategories);
    }
    if (treeDepth < 1 || treeDepth > 3) {
      throw new IllegalArgumentException("treeDepth must be 1 to 3, was " + treeDepth);
    }
    if (minLeaf < 1) {
      throw new IllegalArgumentException("minLeaf must be at least 1, was " + minLeaf);
    }
    if (permutations < 19 || permutations > 100_000) {
      throw new IllegalArgumentException("permutations must be 19 to 100000, was " + permutations);
    }
  }

  /**
   * Significance 1 %, lift 1.5, 5 best customers, 3 parameters, 50 % coverage, 50 categories, depth
   * 3, leaves of 20, 199 reshufflings.
   */
  public CharacteristicsOptions() {
    this(0.01, 1.5, 5, 3, 0.5, 50, 3, 20, 199, DEFAULT_SEED);
  }
}
