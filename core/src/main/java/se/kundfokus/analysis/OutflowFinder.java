package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.SqlEngine;

/**
 * Unwanted outflow: customers the churn model gives less than even chances, customers buying
 * clearly less than the year before, and product groups customers stopped buying.
 */
final class OutflowFinder {
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private final LocalDate asOf;
  private final AnalysisOptions options;

  OutflowFinder(LocalDate asOf, AnalysisOptions options) {
    this.asOf = asOf;
    this.options = options;
  }

  /** Customers the churn model gives less than the threshold, who have not lapsed yet. */
  List<LeavingCustomer> leaving(List<CustomerFacts> facts, ChurnPredictions churn) {
    LocalDate lapsedBefore = asOf.minusMonths(options.reactivation().afterMonths());
    double below = options.outflow().leavingBelow();
    List<LeavingCustomer> leaving = new ArrayList<>();
    for (CustomerFacts f : facts) {
      Optional<ChurnPredictions.Prediction> prediction = churn.of(f.customerId());
      if (prediction.isEmpty() || f.lastPurchase().isEmpty() || f.ordersTotal() < 2) {
        continue;
      }
      double alive = prediction.get().probabilityAlive();
      LocalDate last = f.lastPurchase().get();
      if (alive >= below || last.isBefore(lapsedBefore)) {
        continue;
      }
      double yearly = (Math.max(0, f.revenue12m()) + Math.max(0, f.revenuePrevious12m())) / 2;
      leaving.add(
          new LeavingCustomer(
              f.customerId(),
              f.name(),
              Analyzer.round4(alive),
              last,
              Analyzer.round(yearly),
              Analyzer.round(yearly * (1 - alive)),
              String.format(
                  Locale.ROOT,
                  "%d orders, the last on %s (%d days ago): at its usual rhythm it would have"
                      + " ordered again; %.0f %% likely still a customer",
                  f.ordersTotal(),
                  last,
                  f.recencyDays(),
                  100 * alive)));
    }
    leaving.sort(
        Comparator.comparingDouble((LeavingCustomer l) -> -l.revenueAtRisk())
            .thenComparing(LeavingCustomer::customerId));
    return leaving;
  }

  /**
   * Active customers whose revenue fell by the decline share or more, on clearly fewer orders: a
   * drop that would happen by chance less often than the significance level at the customer's own
   * earlier order rate (Poisson).
   */
  List<DecliningCustomer> declining(List<CustomerFacts> facts) {
    double keep = 1 - options.outflow().declineShare();
    List<DecliningCustomer> declining = new ArrayList<>();
    for (CustomerFacts f : facts) {
      if (!f.active()
          || f.revenuePrevious12m() <= 0
          || f.revenue12m() > keep * f.revenuePrevious12m()) {
        continue;
      }
      double chance = Poisson.atMost(f.orders12m(), (double) f.ordersPrevious12m());
      if (chance > options.significance()) {
        continue;
      }
      double change = f.revenue12m() / f.revenuePrevious12m() - 1;
      declining.add(
          new DecliningCustomer(
              f.customerId(),
              f.name(),
              Analyzer.round(f.revenue12m()),
              Analyzer.round(f.revenuePrevious12m()),
              Analyzer.round4(change),
              Analyzer.round(f.revenuePrevious12m() - f.revenue12m()),
              String.format(
                  Locale.ROOT,
                  "bought for %,.0f in the last 12 months against %,.0f the 12 months before"
                      + " (%.0f %%), on %d orders against %d (%.1f %% likely at its earlier"
                      + " rate)",
                  f.revenue12m(),
                  f.revenuePrevious12m(),
                  100 * change,
                  f.orders12m(),
                  f.ordersPrevious12m(),
                  100 * chance)));
    }
    declining.sort(
        Comparator.comparingDouble((DecliningCustomer d) -> -d.revenueAtRisk())
            .thenComparing(DecliningCustomer::customerId));
    return declining;
  }

  /**
   * Product groups bought on at least two orders in the year before the stop months and not since,
   * by customers still buying other groups; kept when no order in that time would happen by chance
   * less often than the significance level at the group's earlier rate.
   */
  List<PartialOutflow> stoppedGroups(SqlEngine engine, Map<String, CustomerFacts> byId) {
    LocalDate stop = asOf.minusMonths(options.outflow().stoppedGroupMonths());
    LocalDate before = stop.minusMonths(12);
    List<PartialOutflow> partial = new ArrayList<>();
    List<Candidate> candidates =
        engine.query(
            "analysis/partial_outflow.sql",
            List.of(before, stop, stop, stop, before, asOf, stop, asOf),
            row ->
                new Candidate(
                    row.string("customer_id"),
                    row.string("product_group"),
                    row.number("revenue_before"),
                    row.integer("orders_before"),
                    row.date("last_purchase")));
    for (Candidate c : candidates) {
      // No order in the months since the last one, at the group's earlier rate per month.
      double months = ChronoUnit.DAYS.between(c.last(), asOf) / DAYS_PER_MONTH;
      double chance = Math.exp(-c.orders() / 12.0 * months);
      if (chance > options.significance()) {
        continue;
      }
      partial.add(
          new PartialOutflow(
              c.customerId(),
              Optional.ofNullable(byId.get(c.customerId())).flatMap(CustomerFacts::name),
              c.group(),
              Analyzer.round(c.revenue()),
              c.orders(),
              c.last(),
              Analyzer.round4(chance),
              String.format(
                  Locale.ROOT,
                  "bought %s on %d orders for %,.0f in the 12 months to %s; nothing since %s"
                      + " (%.1f %% likely at that rate), while still buying other groups",
                  c.group(),
                  c.orders(),
                  c.revenue(),
                  stop,
                  c.last(),
                  100 * chance)));
    }
    return partial;
  }

  private record Candidate(
      String customerId, String group, double revenue, long orders, LocalDate last) {}
}
