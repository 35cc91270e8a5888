package se.kundfokus.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import se.kundfokus.store.SqlResource;

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

  private final Connection connection;
  private final LocalDate asOf;
  private final AnalysisOptions options;
  private final LocalDate windowStart;

  /**
   * @param firstSale the first sales date; the window starts no earlier, so that yearly figures are
   *     not diluted by months without data
   */
  CrossSellFinder(
      Connection connection,
      LocalDate asOf,
      Optional<LocalDate> firstSale,
      AnalysisOptions options) {
    this.connection = connection;
    this.asOf = asOf;
    this.options = options;
    LocalDate start = asOf.minusMonths(options.crossSell().windowMonths());
    if (firstSale.isPresent() && firstSale.get().minusDays(1).isAfter(start)) {
      start = firstSale.get().minusDays(1);
    }
    this.windowStart = start;
  }

  CrossSell find(Map<String, CustomerFacts> byId) throws SQLException {
    try {
      execute("analysis/cross_sell_baskets.sql", windowStart, asOf);
      List<CrossSellRule> rules = rules();
      execute("analysis/cross_sell_rules_table.sql");
      insert(rules);
      return new CrossSell(rules, recommendations(rules, byId));
    } finally {
      try (Statement drop = connection.createStatement()) {
        drop.execute("DROP TABLE IF EXISTS cross_sell_rules");
        drop.execute("DROP TABLE IF EXISTS cross_sell_baskets");
      }
    }
  }

  /** The window's length in years, for yearly figures. */
  double years() {
    return Math.max(1, ChronoUnit.DAYS.between(windowStart, asOf)) / DAYS_PER_YEAR;
  }

  private List<CrossSellRule> rules() throws SQLException {
    CrossSellOptions limits = options.crossSell();
    List<CrossSellRule> rules = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(SqlResource.load("analysis/cross_sell_pairs.sql"))) {
      query.setLong(1, limits.minCustomers());
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          long antecedent = rs.getLong("antecedent_customers");
          long consequent = rs.getLong("consequent_customers");
          long both = rs.getLong("both_customers");
          long customers = rs.getLong("customers");
          long groups = rs.getLong("product_groups");
          double support = (double) both / customers;
          double confidence = (double) both / antecedent;
          double lift = confidence * customers / consequent;
          if (support < limits.minSupport()
              || confidence < limits.minConfidence()
              || lift < limits.minLift()) {
            continue;
          }
          double pValue = overlapAtLeast(customers, antecedent, consequent, both);
          double pairsTested = Math.max(1.0, groups * (groups - 1) / 2.0);
          if (pValue > options.significance() / pairsTested) {
            continue;
          }
          rules.add(
              new CrossSellRule(
                  rs.getString("antecedent"),
                  rs.getString("consequent"),
                  antecedent,
                  consequent,
                  both,
                  customers,
                  Analyzer.round4(support),
                  Analyzer.round4(confidence),
                  Analyzer.round4(lift),
                  pValue,
                  Analyzer.round(rs.getDouble("median_consequent_revenue") / years()),
                  Analyzer.round4(rs.getDouble("median_revenue_ratio"))));
        }
      }
    }
    rules.sort(
        Comparator.comparingDouble((CrossSellRule r) -> -r.lift())
            .thenComparingDouble(r -> -r.confidence())
            .thenComparing(CrossSellRule::antecedent)
            .thenComparing(CrossSellRule::consequent));
    return rules;
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

  private void insert(List<CrossSellRule> rules) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO cross_sell_rules VALUES (?, ?, ?, ?, ?)")) {
      for (CrossSellRule rule : rules) {
        insert.setString(1, rule.antecedent());
        insert.setString(2, rule.consequent());
        insert.setDouble(3, rule.confidence());
        insert.setDouble(4, rule.lift());
        insert.setDouble(5, rule.revenueRatio());
        insert.addBatch();
      }
      if (!rules.isEmpty()) {
        insert.executeBatch();
      }
    }
  }

  private List<CrossSellRecommendation> recommendations(
      List<CrossSellRule> rules, Map<String, CustomerFacts> byId) throws SQLException {
    if (rules.isEmpty()) {
      return List.of();
    }
    Map<String, CrossSellRule> byPair = new HashMap<>();
    rules.forEach(r -> byPair.put(r.antecedent() + "\u0000" + r.consequent(), r));
    List<CrossSellRecommendation> recommendations = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(SqlResource.load("analysis/cross_sell_recommendations.sql"))) {
      query.setObject(1, asOf);
      query.setObject(2, asOf.minusMonths(options.reactivation().afterMonths()));
      query.setObject(3, asOf);
      query.setInt(4, options.crossSell().perCustomer());
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("customer_id");
          String group = rs.getString("product_group");
          String becauseOf = rs.getString("antecedent");
          CrossSellRule rule =
              Objects.requireNonNull(
                  byPair.get(becauseOf + "\u0000" + group), "the query returns kept rules only");
          double becauseOfRevenue = rs.getDouble("antecedent_revenue");
          double comparable = rule.revenueRatio() * becauseOfRevenue / years();
          recommendations.add(
              new CrossSellRecommendation(
                  id,
                  Optional.ofNullable(byId.get(id)).flatMap(CustomerFacts::name),
                  group,
                  becauseOf,
                  Analyzer.round(becauseOfRevenue),
                  rule.confidence(),
                  rule.lift(),
                  Analyzer.round(comparable),
                  Analyzer.round(rule.confidence() * comparable),
                  reason(rule, becauseOfRevenue, comparable)));
        }
      }
    }
    return recommendations;
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

  private void execute(String resource, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource))) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
