package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.SqlEngine;

/**
 * Lapsed customers to reactivate: no purchase for the lapse months, but one within the window
 * before, ranked by their yearly revenue before they lapsed times the probability that they are
 * still a customer, with what they used to buy.
 */
final class LapsedFinder {
  private final LocalDate asOf;
  private final ReactivationOptions options;

  LapsedFinder(LocalDate asOf, ReactivationOptions options) {
    this.asOf = asOf;
    this.options = options;
  }

  List<LapsedCustomer> find(SqlEngine engine, List<CustomerFacts> facts, ChurnPredictions churn) {
    LocalDate lapsedBefore = asOf.minusMonths(options.afterMonths());
    LocalDate notBefore = asOf.minusMonths(options.withinMonths());
    Map<String, List<LapsedCustomer.GroupRevenue>> groups = usedToBuy(engine);
    List<LapsedCustomer> lapsed = new ArrayList<>();
    for (CustomerFacts f : facts) {
      if (f.lastPurchase().isEmpty()) {
        continue;
      }
      LocalDate last = f.lastPurchase().get();
      if (!last.isBefore(lapsedBefore) || last.isBefore(notBefore)) {
        continue;
      }
      List<LapsedCustomer.GroupRevenue> bought = groups.getOrDefault(f.customerId(), List.of());
      double yearly = bought.stream().mapToDouble(LapsedCustomer.GroupRevenue::revenue).sum();
      long months = ChronoUnit.MONTHS.between(last, asOf);
      Optional<Double> alive =
          churn.of(f.customerId()).map(ChurnPredictions.Prediction::probabilityAlive);
      lapsed.add(
          new LapsedCustomer(
              f.customerId(),
              f.name(),
              last,
              months,
              Analyzer.round(yearly),
              f.ordersTotal(),
              alive.map(Analyzer::round4),
              Analyzer.round(yearly * alive.orElse(1.0)),
              bought,
              String.format(
                  Locale.ROOT,
                  "last bought %s (%d months ago) after %d orders; bought for %,.0f in its last 12"
                      + " active months",
                  last,
                  months,
                  f.ordersTotal(),
                  yearly)));
    }
    lapsed.sort(
        Comparator.comparingDouble((LapsedCustomer l) -> -l.priority())
            .thenComparing(LapsedCustomer::customerId));
    return lapsed;
  }

  /** Revenue per product group in each customer's last 12 active months. */
  private Map<String, List<LapsedCustomer.GroupRevenue>> usedToBuy(SqlEngine engine) {
    Map<String, List<LapsedCustomer.GroupRevenue>> groups = new HashMap<>();
    engine.query(
        "analysis/lapsed_groups.sql",
        List.of(asOf),
        row ->
            groups
                .computeIfAbsent(row.string("customer_id"), k -> new ArrayList<>())
                .add(
                    new LapsedCustomer.GroupRevenue(
                        row.string("product_group"), Analyzer.round(row.number("revenue")))));
    return groups;
  }
}
