package se.kundfokus.analysis;

import java.util.List;

/**
 * Obvious cross-selling: the association rules between product groups, strongest first, and per
 * customer the groups that customers like it buy and it does not, by expected yearly value.
 */
public record CrossSell(List<CrossSellRule> rules, List<CrossSellRecommendation> recommendations) {
  public CrossSell {
    rules = List.copyOf(rules);
    recommendations = List.copyOf(recommendations);
  }

  /** Nothing to recommend, e.g. when the sales lines have no product groups. */
  public static CrossSell none() {
    return new CrossSell(List.of(), List.of());
  }
}
