package se.kundfokus.config;

import java.math.BigDecimal;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.BestCustomerOptions;
import se.kundfokus.analysis.CrossSellOptions;
import se.kundfokus.analysis.OutflowOptions;
import se.kundfokus.analysis.ReactivationOptions;

/**
 * The commented settings file that {@code kundfokus init} writes: every setting with its default
 * and what it means. The values come from the option records, so the file and the code cannot
 * disagree.
 */
final class SettingsTemplate {
  private SettingsTemplate() {}

  static String text(String version, AnalysisOptions o) {
    OutflowOptions out = o.outflow();
    ReactivationOptions re = o.reactivation();
    CrossSellOptions cs = o.crossSell();
    BestCustomerOptions best = o.bestCustomers();
    BestCustomerOptions.ScoreWeights w = best.weights();
    return """
        # kundfokus settings, written by kundfokus %s.
        # Every setting is optional: delete a line, or the whole file, and its default applies.
        # kundfokus analyze reads kundfokus.yaml in the current folder, or the file named by
        # --config. Options on the command line (such as --as-of or --best) win over this file.

        analysis:
          # The reference date, yyyy-MM-dd: the analysis sees the sales up to and including it.
          # Empty: the last sales date in the workspace.
          as_of:
          # How unlikely a change must be by chance before it is reported (0.01: a 1 %% chance).
          # Used for declining customers, stopped product groups and cross-selling.
          significance: %s

        outflow:
          # Leaving: the churn model (BG/NBD) gives the customer less than this chance of still
          # being a customer, and it has not lapsed yet.
          leaving_below: %s
          # Declining: the last 12 months' revenue is at least this share below the 12 months
          # before (0.3: 30 %% less or more), on clearly fewer orders.
          decline_share: %s
          # Stopped product group: not bought for this many months (1 to 12), while the customer
          # still buys other groups.
          stopped_group_months: %d

        reactivation:
          # Lapsed: no purchase for this many months ...
          lapsed_after_months: %d
          # ... but one within this many months before the reference date.
          lapsed_within_months: %d

        cross_sell:
          # The months of purchases that make up a customer's basket.
          window_months: %d
          # A rule "customers who buy A also buy B" is kept when at least this share of all
          # customers with a basket buy both ...
          min_support: %s
          # ... and at least this many customers ...
          min_customers: %d
          # ... and at least this share of A's customers buy B (confidence) ...
          min_confidence: %s
          # ... this many times as often as customers in general (lift).
          min_lift: %s
          # Product groups offered to one customer, at most (1 to 20).
          per_customer: %d

        best_customers:
          # How many best customers to name (5 to 15).
          count: %d
          # The wider best cohort used for statistics: this share of the active customers.
          cohort_share: %s
          # The score of desirable buying behaviour: each part is the customer's percentile among
          # the active customers (0 to 100), weighted by these (they need not sum to 1).
          weights:
            revenue: %s     # revenue of the last 12 months
            margin: %s      # margin of the last 12 months (when cost or margin is imported)
            growth: %s      # growth against the 12 months before
            frequency: %s   # orders in the last 12 months
            breadth: %s     # product groups bought in the last 12 months
        """
        .formatted(
            version,
            plain(o.significance()),
            plain(out.leavingBelow()),
            plain(out.declineShare()),
            out.stoppedGroupMonths(),
            re.afterMonths(),
            re.withinMonths(),
            cs.windowMonths(),
            plain(cs.minSupport()),
            cs.minCustomers(),
            plain(cs.minConfidence()),
            plain(cs.minLift()),
            cs.perCustomer(),
            best.count(),
            plain(best.cohortShare()),
            plain(w.revenue()),
            plain(w.margin()),
            plain(w.growth()),
            plain(w.frequency()),
            plain(w.breadth()));
  }

  /** 0.3 as "0.3", 2.0 as "2": as a person writes it. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
