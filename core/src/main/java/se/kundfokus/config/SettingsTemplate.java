package se.kundfokus.config;

import java.math.BigDecimal;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.BestCustomerOptions;
import se.kundfokus.analysis.CrossSellOptions;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.OutflowOptions;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.analysis.ReactivationOptions;
import se.kundfokus.model.profile.CharacteristicsOptions;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentLabel;
import se.kundfokus.model.segment.SegmentationOptions;

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
                plain(w.breadth()))
        + model(o.model());
  }

  /** The sections of steps 2–4: characteristics, potential, pain, segments, backtest. */
  private static String model(ModelOptions m) {
    CharacteristicsOptions c = m.characteristics();
    SegmentationOptions seg = m.segments();
    StringBuilder names = new StringBuilder();
    for (SegmentKey key : SegmentKey.values()) {
      SegmentLabel label = seg.label(key);
      names.append("    ").append(key.key()).append(":\n");
      names.append("      name: ").append(quoted(label.name())).append('\n');
      names.append("      action: ").append(quoted(label.action())).append('\n');
    }
    return """

        characteristics:
          # What makes a best customer: each attribute of the register is compared between the
          # best cohort and the other active customers. A condition is proposed as a potential
          # parameter when a difference this large arises by chance at most this often, with every
          # attribute and threshold tried (the best customers are reshuffled `permutations` times):
          significance: %s
          # ... when it makes a customer at least this many times as likely to be a best customer
          # as expected without it ...
          min_lift: %s
          # ... and holds for at least this many best customers.
          min_best: %d
          # At most this many parameters are proposed (1 to 3).
          max_parameters: %d
          # An attribute needs a value for at least this share of the customers.
          min_coverage: %s
          # An attribute with more distinct values than this is an identifier, not a trait.
          max_categories: %d
          # The rule tree: its depth (1 to 3) and the fewest customers in a rule.
          tree_depth: %d
          min_leaf: %d
          # The reshuffling: how many times, and its seed (the same seed gives the same result).
          permutations: %d
          seed: %d

        potential:
          # The potential parameters (1 to 3). Empty: the proposal of the analysis. Each names an
          # attribute (sni_division, sni_section, industry_code, employees, turnover,
          # turnover_growth, sites, region, or a column of your register) and, if you want, the
          # rule and the points it gives in the fit score (for all parameters or none). Rules:
          # in 25, 28 · = Stockholms län · ">= 3" · "between 50 and 249" · = yes. Put rules that
          # start with > or < or ! in quotes.
          #   parameters:
          #     - attribute: sni_division
          #       rule: in 25, 28
          #     - attribute: sites
          #       rule: ">= 3"
          parameters:%s
          # What comparable customers buy: this percentile of their revenue of the last 12 months
          # (75: the upper quartile).
          benchmark_percentile: %s
          # With fewer comparable customers than this, all active customers are the comparison.
          min_comparable: %d

        pain:
          # The pain parameters (1 to 3): the customers' need. Each is a rule over a column of your
          # register, a register field or a fact of the purchases (fact.growth in %%,
          # fact.declining, fact.leaving, fact.lapsed, fact.stopped_groups, fact.recency_days,
          # fact.orders_12m, fact.revenue_12m, fact.probability_alive in %%), with a weight and a
          # kind: behov (a need the customer knows of) or brist (a lack it does not know of yet).
          # A customer's pain is the share of the weights it meets, 0 to 100. Without parameters
          # the segments rest on potential alone.
          #   parameters:
          #     - name: New purchasing manager
          #       attribute: Ny inköpschef
          #       rule: = yes
          #       weight: 40
          #       kind: brist
          #     - name: Contract ends soon
          #       attribute: Avtalet löper ut
          #       rule: within 6 months
          #       weight: 35
          #       kind: behov
          #     - name: Complaints
          #       attribute: Reklamationer 12 mån
          #       rule: ">= 2"
          #       weight: 25
          #       kind: behov
          parameters:%s

        segments:
          # Potential (the fit score, 0 to 100) x pain (0 to 100) into four segments: high from
          # these scores.
          high_potential_from: %s
          high_pain_from: %s
          # The segments' names and recommended actions, in your own words.
          names:
        %s
        backtest:
          # analyze --backtest rebuilds the whole model this many months back (1 to 24) and
          # measures how its segments did in the months since.
          months: %d
        """
        .formatted(
            plain(c.significance()),
            plain(c.minLift()),
            c.minBest(),
            c.maxParameters(),
            plain(c.minCoverage()),
            c.maxCategories(),
            c.treeDepth(),
            c.minLeaf(),
            c.permutations(),
            c.seed(),
            potentialParameters(m),
            plain(m.potential().benchmarkPercentile()),
            m.potential().minComparable(),
            painParameters(m),
            plain(seg.highPotentialFrom()),
            plain(seg.highPainFrom()),
            names.toString().stripTrailing(),
            m.backtestMonths());
  }

  private static String potentialParameters(ModelOptions m) {
    if (m.potentialParameters().isEmpty()) {
      return " []";
    }
    StringBuilder list = new StringBuilder();
    for (ParameterSpec p : m.potentialParameters()) {
      list.append("\n    - attribute: ").append(quoted(p.attribute()));
      p.rule().ifPresent(r -> list.append("\n      rule: ").append(quoted(r)));
      p.points().ifPresent(x -> list.append("\n      points: ").append(plain(x)));
    }
    return list.toString();
  }

  private static String painParameters(ModelOptions m) {
    if (m.pain().isEmpty()) {
      return " []";
    }
    StringBuilder list = new StringBuilder();
    for (PainSpec p : m.pain()) {
      list.append("\n    - name: ").append(quoted(p.name()));
      list.append("\n      attribute: ").append(quoted(p.attribute()));
      list.append("\n      rule: ").append(quoted(p.rule()));
      list.append("\n      weight: ").append(plain(p.weight()));
      list.append("\n      kind: ").append(p.kind().key());
    }
    return list.toString();
  }

  /** A YAML double-quoted string. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** 0.3 as "0.3", 2.0 as "2": as a person writes it. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
