package se.kundfokus.model.potential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kundfokus.model.rule.Profile;

/**
 * The fitted revenue-potential model.
 *
 * <p>Each parameter earns points in proportion to the logarithm of its lift (how many times as
 * often as expected, given the parameters before it, the customers who meet it are best customers),
 * so that the points of all parameters sum to 100 and a parameter twice as telling weighs about
 * twice as much; the user may give the points instead. A company's fit is the points of the
 * parameters it meets. Its comparable customers are the active customers who meet exactly the same
 * parameters; what they buy is the benchmark percentile of their revenue.
 *
 * @param parameters the parameters with their points, in order
 * @param cells the active customers per combination of parameters met, in binary order of the
 *     combination (the first parameter the highest bit)
 * @param everyone all active customers, the comparison when a cell has too few
 * @param source where the parameters come from: {@code proposal} or {@code settings}
 */
public record PotentialModel(
    List<WeightedParameter> parameters,
    List<Cell> cells,
    Cell everyone,
    PotentialOptions options,
    String source) {

  public PotentialModel {
    parameters = List.copyOf(parameters);
    cells = List.copyOf(cells);
    Objects.requireNonNull(everyone, "everyone must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(source, "source must not be null");
    if (cells.size() != 1 << parameters.size()) {
      throw new IllegalArgumentException(
          "a model of "
              + parameters.size()
              + " parameters has "
              + (1 << parameters.size())
              + " cells, not "
              + cells.size());
    }
  }

  /**
   * Fits the model on the active customers.
   *
   * @param active the profiles of the active customers
   * @param revenue12m their revenue of the last 12 months, by id
   * @param best the ids of the best cohort
   */
  public static PotentialModel fit(
      List<ParameterChoice> choices,
      List<Profile> active,
      Map<String, Double> revenue12m,
      Set<String> best,
      LocalDate asOf,
      PotentialOptions options,
      String source) {
    if (choices.size() > 3) {
      throw new IllegalArgumentException("at most 3 potential parameters, got " + choices.size());
    }
    int k = choices.size();
    int[] cellOf = new int[active.size()];
    List<Double> lifts = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      lifts.add(liftGivenBefore(choices, p, active, best, asOf, cellOf));
      for (int i = 0; i < active.size(); i++) {
        boolean meets = choices.get(p).condition().meets(active.get(i), asOf);
        cellOf[i] = cellOf[i] * 2 + (meets ? 1 : 0);
      }
    }
    double[] points = points(choices, lifts);
    List<WeightedParameter> parameters = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      var condition = choices.get(p).condition();
      parameters.add(
          new WeightedParameter(
              condition.attribute().key(),
              condition.attribute().label(),
              condition.rule(),
              condition.describe(),
              round4(lifts.get(p)),
              round2(points[p]),
              condition));
    }
    List<Cell> cells = new ArrayList<>();
    for (int mask = 0; mask < 1 << k; mask++) {
      List<Double> revenues = new ArrayList<>();
      for (int i = 0; i < active.size(); i++) {
        if (cellOf[i] == mask) {
          revenues.add(revenue12m.getOrDefault(active.get(i).id(), 0.0));
        }
      }
      cells.add(cell(meets(mask, k), revenues, options));
    }
    List<Double> all = active.stream().map(p -> revenue12m.getOrDefault(p.id(), 0.0)).toList();
    return new PotentialModel(parameters, cells, cell(List.of(), all, options), options, source);
  }

  /** How many times as many best customers meet parameter p as the cells before it expect. */
  private static double liftGivenBefore(
      List<ParameterChoice> choices,
      int p,
      List<Profile> active,
      Set<String> best,
      LocalDate asOf,
      int[] cellOf) {
    int cells = 1 << p;
    long[] n = new long[cells];
    long[] b = new long[cells];
    for (int i = 0; i < active.size(); i++) {
      n[cellOf[i]]++;
      b[cellOf[i]] += best.contains(active.get(i).id()) ? 1 : 0;
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < active.size(); i++) {
      if (choices.get(p).condition().meets(active.get(i), asOf)) {
        observed += best.contains(active.get(i).id()) ? 1 : 0;
        expected += (double) b[cellOf[i]] / n[cellOf[i]];
      }
    }
    return expected > 0 ? observed / expected : 1.0;
  }

  /** The user's points where given (all of them), else from the lifts; summing to 100. */
  private static double[] points(List<ParameterChoice> choices, List<Double> lifts) {
    int k = choices.size();
    double[] raw = new double[k];
    boolean given = k > 0 && choices.stream().allMatch(c -> c.points().isPresent());
    for (int p = 0; p < k; p++) {
      raw[p] =
          given
              ? choices.get(p).points().orElseThrow()
              : Math.max(MIN_LOG_LIFT, Math.log(lifts.get(p)));
    }
    double sum = Arrays.stream(raw).sum();
    double[] points = new double[k];
    for (int p = 0; p < k; p++) {
      points[p] = sum > 0 ? 100 * raw[p] / sum : 100.0 / k;
    }
    return points;
  }

  /** A parameter that does not raise the share of best customers still gets a sliver. */
  private static final double MIN_LOG_LIFT = 0.01;

  private static List<Boolean> meets(int mask, int k) {
    List<Boolean> meets = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      meets.add(((mask >> (k - 1 - p)) & 1) == 1);
    }
    return meets;
  }

  private static Cell cell(List<Boolean> meets, List<Double> revenues, PotentialOptions options) {
    double[] sorted = revenues.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Cell(
        meets,
        sorted.length,
        round2(percentile(sorted, 50)),
        round2(percentile(sorted, options.benchmarkPercentile())));
  }

  /** The p-th percentile with linear interpolation; 0 for no values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    double position = p / 100 * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(sorted.length - 1, low + 1);
    return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
  }

  /** Whether there is anything to score on. */
  public boolean hasParameters() {
    return !parameters.isEmpty();
  }

  /**
   * Scores a company.
   *
   * @param revenue12m what it bought in the last 12 months; empty for a prospect
   */
  public PotentialScore score(Profile profile, Optional<Double> revenue12m, LocalDate asOf) {
    List<String> reasons = new ArrayList<>();
    double fit = 0;
    int mask = 0;
    List<String> met = new ArrayList<>();
    for (WeightedParameter p : parameters) {
      Optional<Boolean> test = p.condition().test(profile, asOf);
      boolean meets = test.orElse(false);
      mask = mask * 2 + (meets ? 1 : 0);
      if (meets) {
        fit += p.points();
        met.add(p.description());
        reasons.add(
            String.format(Locale.ROOT, "meets %s (+%.0f points)", p.description(), p.points()));
      } else if (test.isEmpty()) {
        reasons.add(
            String.format(
                Locale.ROOT, "%s is not known (0 of %.0f points)", p.label(), p.points()));
      } else {
        reasons.add(
            String.format(
                Locale.ROOT, "does not meet %s (0 of %.0f points)", p.description(), p.points()));
      }
    }
    Cell cell = cells.get(mask);
    boolean enough = cell.customers() >= options.minComparable();
    Cell comparison = enough ? cell : everyone;
    double current = revenue12m.orElse(0.0);
    double potential = Math.max(0, comparison.benchmark() - current);
    String who =
        enough
            ? String.format(
                Locale.ROOT,
                "the %,d active customers who meet %s",
                cell.customers(),
                met.isEmpty()
                    ? "none of the parameters"
                    : "the same (" + String.join("; ", met) + ")")
            : String.format(
                Locale.ROOT,
                "all %,d active customers (only %d meet the same parameters, too few to compare)",
                everyone.customers(),
                cell.customers());
    reasons.add(
        String.format(
            Locale.ROOT,
            "%s buy %,.0f a year (percentile %.0f; median %,.0f); %s",
            capitalise(who),
            comparison.benchmark(),
            options.benchmarkPercentile(),
            comparison.medianRevenue(),
            revenue12m.isPresent()
                ? String.format(
                    Locale.ROOT,
                    "this customer bought %,.0f in the last 12 months: potential %,.0f",
                    current,
                    potential)
                : String.format(Locale.ROOT, "potential %,.0f a year as a customer", potential)));
    return new PotentialScore(round2(fit), comparison.benchmark(), round2(potential), reasons);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static double round2(double x) {
    return Math.round(x * 100.0) / 100.0;
  }

  static double round4(double x) {
    return Math.round(x * 10_000.0) / 10_000.0;
  }
}
