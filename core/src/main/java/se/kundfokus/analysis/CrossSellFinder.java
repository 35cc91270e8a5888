package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.engine.SqlRow;

/**
 * Finds association rules between product groups from co-occurrence counts in customers' baskets
 * (SQL), keeps those that pass the thresholds and a significance test, and recommends to each
 * active customer the groups the rules lead to that it has never bought (SQL again).
 *
 * <p>A basket is everything a customer bought in the window, not one invoice: in B2B the same buyer
 * orders welding wire on Monday and gloves on Thursday, and cross-selling asks what a customer
 * buys, not what lands on one order.
 */
final class CrossSellFinder {
  private static final double DAYS_PER_YEAR = 365.25;

  private final SqlEngine engine;
  private final LocalDate asOf;
  private final AnalysisOptions options;
  private final LocalDate windowStart;

  /**
   * @param firstSale the first sales date; the window starts no earlier, so that yearly figures are
   *     not diluted by months without data
   */
  CrossSellFinder(
      SqlEngine engine, LocalDate asOf, Optional<LocalDate> firstSale, AnalysisOptions options) {
    this.engine = engine;
    this.asOf = asOf;
    this.options = options;
    LocalDate start = asOf.minusMonths(options.crossSell().windowMonths());
    if (firstSale.isPresent() && firstSale.get().minusDays(1).isAfter(start)) {
      start = firstSale.get().minusDays(1);
    }
    this.windowStart = start;
  }

  CrossSell find(Map<String, CustomerFacts> byId) {
    try {
      engine.keep(
          "cross_sell_baskets", "analysis/cross_sell_baskets.sql", List.of(windowStart, asOf));
      List<CrossSellRule> rules = rules();
      engine.keepRows("cross_sell_rules", RULE_COLUMNS, rows(rules));
      return new CrossSell(rules, recommendations(rules, byId));
    } finally {
      engine.drop("cross_sell_rules");
      engine.drop("cross_sell_baskets");
    }
  }

  private static final List<SqlEngine.Column> RULE_COLUMNS =
      List.of(
          new SqlEngine.Column("antecedent", SqlEngine.Type.STRING),
          new SqlEngine.Column("consequent", SqlEngine.Type.STRING),
          new SqlEngine.Column("confidence", SqlEngine.Type.DOUBLE),
          new SqlEngine.Column("lift", SqlEngine.Type.DOUBLE),
          new SqlEngine.Column("revenue_ratio", SqlEngine.Type.DOUBLE));

  private static List<List<Object>> rows(List<CrossSellRule> rules) {
    List<List<Object>> rows = new ArrayList<>(rules.size());
    for (CrossSellRule rule : rules) {
      rows.add(
          List.of(
              rule.antecedent(),
              rule.consequent(),
              rule.confidence(),
              rule.lift(),
              rule.revenueRatio()));
    }
    return rows;
  }

  /** The window's length in years, for yearly figures. */
  double years() {
    return Math.max(1, ChronoUnit.DAYS.between(windowStart, asOf)) / DAYS_PER_YEAR;
  }

  private List<CrossSellRule> rules() {
    CrossSellOptions limits = options.crossSell();
    List<CrossSellRule> rules = new ArrayList<>();
    long customers =
        engine
            .query("analysis/cross_sell_customers.sql", List.of(), row -> row.integer("customers"))
            .get(0);
    long floor = Math.max(limits.minCustomers(), leastCount(limits.minSupport(), customers));
    List<PairCounts> pairs =
        engine.query("analysis/cross_sell_pairs.sql", List.of(floor), PairCounts::of);
    for (PairCounts pair : pairs) {
      double support = (double) pair.both() / pair.customers();
      double confidence = (double) pair.both() / pair.antecedentCustomers();
      double lift = confidence * pair.customers() / pair.consequentCustomers();
      if (support < limits.minSupport()
          || confidence < limits.minConfidence()
          || lift < limits.minLift()) {
        continue;
      }
      double pValue =
          overlapAtLeast(
              pair.customers(),
              pair.antecedentCustomers(),
              pair.consequentCustomers(),
              pair.both());
      double pairsTested = Math.max(1.0, pair.groups() * (pair.groups() - 1) / 2.0);
      if (pValue > options.significance() / pairsTested) {
        continue;
      }
      rules.add(
          new CrossSellRule(
              pair.antecedent(),
              pair.consequent(),
              pair.antecedentCustomers(),
              pair.consequentCustomers(),
              pair.both(),
              pair.customers(),
              Analyzer.round4(support),
              Analyzer.round4(confidence),
              Analyzer.round4(lift),
              pValue,
              Analyzer.round(pair.medianConsequentRevenue() / years()),
              Analyzer.round4(pair.medianRevenueRatio())));
    }
    rules.sort(
        Comparator.comparingDouble((CrossSellRule r) -> -r.lift())
            .thenComparingDouble(r -> -r.confidence())
            .thenComparing(CrossSellRule::antecedent)
            .thenComparing(CrossSellRule::consequent));
    return rules;
  }

  /**
   * The least number of customers buying both groups whose share of {@code customers} is at least
   * {@code minSupport}, as the support test below computes the share: the query leaves out the
   * pairs below it before it takes their medians, and no pair the test would keep.
   */
  static long leastCount(double minSupport, long customers) {
    if (customers <= 0 || minSupport <= 0) {
      return 0;
    }
    long count = (long) Math.ceil(minSupport * customers);
    while (count > 0 && (double) (count - 1) / customers >= minSupport) {
      count--;
    }
    while ((double) count / customers < minSupport) {
      count++;
    }
    return count;
  }

  /**
   * The chance that at least {@code both} of the {@code consequent} customers buying the consequent
   * are among the {@code antecedent} customers buying the antecedent, had the consequent's
   * customers been drawn at random from all {@code customers}.
   */
  static double overlapAtLeast(long customers, long antecedent, long consequent, long both) {
    HypergeometricDistribution overlap =
        new HypergeometricDistribution(
            null, Math.toIntExact(customers), (int) antecedent, (int) consequent);
    return overlap.upperCumulativeProbability((int) both);
  }

  /** One row of the co-occurrence query. */
  private record PairCounts(
      String antecedent,
      String consequent,
      long antecedentCustomers,
      long consequentCustomers,
      long both,
      long customers,
      long groups,
      double medianConsequentRevenue,
      double medianRevenueRatio) {
    static PairCounts of(SqlRow row) {
      return new PairCounts(
          row.string("antecedent"),
          row.string("consequent"),
          row.integer("antecedent_customers"),
          row.integer("consequent_customers"),
          row.integer("both_customers"),
          row.integer("customers"),
          row.integer("product_groups"),
          row.number("median_consequent_revenue"),
          row.number("median_revenue_ratio"));
    }
  }

  private List<CrossSellRecommendation> recommendations(
      List<CrossSellRule> rules, Map<String, CustomerFacts> byId) {
    if (rules.isEmpty()) {
      return List.of();
    }
    Map<String, CrossSellRule> byPair = new HashMap<>();
    rules.forEach(r -> byPair.put(r.antecedent() + "\u0000" + r.consequent(), r));
    return engine.query(
        "analysis/cross_sell_recommendations.sql",
        List.of(
            asOf,
            asOf.minusMonths(options.reactivation().afterMonths()),
            asOf,
            (long) options.crossSell().perCustomer()),
        row -> {
          String id = row.string("customer_id");
          String group = row.string("product_group");
          String becauseOf = row.string("antecedent");
          CrossSellRule rule =
              Objects.requireNonNull(
                  byPair.get(becauseOf + "\u0000" + group), "the query returns kept rules only");
          double becauseOfRevenue = row.number("antecedent_revenue");
          double comparable = rule.revenueRatio() * becauseOfRevenue / years();
          return new CrossSellRecommendation(
              id,
              Optional.ofNullable(byId.get(id)).flatMap(CustomerFacts::name),
              group,
              becauseOf,
              Analyzer.round(becauseOfRevenue),
              rule.confidence(),
              rule.lift(),
              Analyzer.round(comparable),
              Analyzer.round(rule.confidence() * comparable),
              reason(rule, becauseOfRevenue, comparable));
        });
  }

  private String reason(CrossSellRule rule, double becauseOfRevenue, double comparable) {
    return String.format(
        Locale.ROOT,
        "%.0f %% of the %,d customers who buy %s also buy %s (%.1f times as often as customers in"
            + " general), for a median %.2f per 1 spent on %s; this customer bought %s for %,.0f"
            + " since %s and has never bought %s: %,.0f a year at that rate, %,.0f expected",
        100 * rule.confidence(),
        rule.antecedentCustomers(),
        rule.antecedent(),
        rule.consequent(),
        rule.lift(),
        rule.revenueRatio(),
        rule.antecedent(),
        rule.antecedent(),
        becauseOfRevenue,
        windowStart.plusDays(1),
        rule.consequent(),
        comparable,
        rule.confidence() * comparable);
  }
}
