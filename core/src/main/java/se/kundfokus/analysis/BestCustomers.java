package se.kundfokus.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores active customers on desirable buying behaviour: each part is the customer's percentile
 * among active customers (ties share their average rank; an unknown value counts as the median),
 * weighted. Revenue, margin, growth, frequency and breadth by default.
 */
final class BestCustomers {
  private final List<CustomerFacts> active;
  private final BestCustomerOptions.ScoreWeights weights;
  private final boolean hasMargin;

  BestCustomers(List<CustomerFacts> facts, BestCustomerOptions.ScoreWeights weights) {
    this.active = facts.stream().filter(CustomerFacts::active).toList();
    this.weights = weights;
    this.hasMargin = active.stream().anyMatch(f -> f.margin12m().isPresent());
  }

  /** All active customers, best first. */
  List<BestCustomer> ranked() {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("revenue_12m", weights.revenue(), f -> Optional.of(f.revenue12m())));
    if (hasMargin) {
      parts.add(new Part("margin_12m", weights.margin(), CustomerFacts::margin12m));
    }
    parts.add(new Part("growth", weights.growth(), CustomerFacts::growth));
    parts.add(
        new Part("orders_12m", weights.frequency(), f -> Optional.of((double) f.orders12m())));
    parts.add(
        new Part(
            "product_groups_12m",
            weights.breadth(),
            f -> Optional.of((double) f.productGroups12m())));
    double weightSum = parts.stream().mapToDouble(Part::weight).sum();
    if (weightSum <= 0) {
      throw new IllegalArgumentException(
          "the best-customer score weighs only margin, and the sales lines have neither cost nor"
              + " margin (give best_customers.weights another part a weight in the settings)");
    }
    List<double[]> percentiles = new ArrayList<>();
    for (Part part : parts) {
      percentiles.add(percentiles(part));
    }
    List<BestCustomer> scored = new ArrayList<>(active.size());
    for (int i = 0; i < active.size(); i++) {
      CustomerFacts customer = active.get(i);
      List<BestCustomer.ScorePart> scoreParts = new ArrayList<>();
      double score = 0;
      for (int p = 0; p < parts.size(); p++) {
        Part part = parts.get(p);
        double weight = part.weight / weightSum;
        double percentile = percentiles.get(p)[i];
        double points = weight * percentile;
        score += points;
        scoreParts.add(
            new BestCustomer.ScorePart(
                part.name,
                part.value.apply(customer),
                round(percentile),
                round(weight),
                round(points)));
      }
      scored.add(
          new BestCustomer(0, customer.customerId(), customer.name(), round(score), scoreParts));
    }
    scored.sort(
        Comparator.comparingDouble((BestCustomer b) -> -b.score())
            .thenComparing(BestCustomer::customerId));
    List<BestCustomer> ranked = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      BestCustomer b = scored.get(i);
      ranked.add(new BestCustomer(i + 1, b.customerId(), b.name(), b.score(), b.parts()));
    }
    return ranked;
  }

  /** Percentile (0–100) of each active customer's value; unknown values count as 50. */
  private double[] percentiles(Part part) {
    int n = active.size();
    double[] result = new double[n];
    Integer[] known =
        java.util.stream.IntStream.range(0, n)
            .filter(i -> part.value.apply(active.get(i)).isPresent())
            .boxed()
            .toArray(Integer[]::new);
    Arrays.fill(result, 50.0);
    if (known.length == 0) {
      return result;
    }
    double[] values = new double[n];
    for (int i : known) {
      values[i] = part.value.apply(active.get(i)).orElseThrow();
    }
    Arrays.sort(known, Comparator.comparingDouble(i -> values[i]));
    int start = 0;
    while (start < known.length) {
      int end = start;
      while (end + 1 < known.length && values[known[end + 1]] == values[known[start]]) {
        end++;
      }
      // Ranks start..end (0-based) share their average; percentile of rank r among m is r/(m−1).
      double averageRank = (start + end) / 2.0;
      double percentile = known.length == 1 ? 50.0 : 100.0 * averageRank / (known.length - 1);
      for (int k = start; k <= end; k++) {
        result[known[k]] = percentile;
      }
      start = end + 1;
    }
    return result;
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  private record Part(
      String name, double weight, Function<CustomerFacts, Optional<Double>> value) {}
}
