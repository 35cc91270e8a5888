package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.engine.SqlRow;

/** Runs the customer-facts SQL and adds what is computed over all customers (shares, ABC). */
final class FactsQuery {
  static final double CLASS_A = 0.80;
  static final double CLASS_B = 0.95;

  private FactsQuery() {}

  static List<CustomerFacts> run(SqlEngine engine, LocalDate asOf) {
    List<Row> rows =
        engine.query(
            "analysis/customer_facts.sql",
            List.of(asOf.minusMonths(12), asOf.minusMonths(24), asOf),
            Row::of);
    double total = rows.stream().mapToDouble(r -> Math.max(0, r.revenue12m)).sum();
    Map<String, String> classes = abcClasses(rows, total);
    List<CustomerFacts> facts = new ArrayList<>(rows.size());
    for (Row row : rows) {
      facts.add(row.facts(asOf, total, classes.getOrDefault(row.customerId, "C")));
    }
    return facts;
  }

  /**
   * A: the biggest customers making up the first 80 % of revenue; B: the next 15 %; C: the rest.
   */
  private static Map<String, String> abcClasses(List<Row> rows, double total) {
    List<Row> ranked = new ArrayList<>(rows);
    ranked.sort(
        Comparator.comparingDouble((Row r) -> -r.revenue12m).thenComparing(r -> r.customerId));
    Map<String, String> classes = new HashMap<>();
    double before = 0;
    for (Row row : ranked) {
      String abc;
      if (row.revenue12m <= 0 || total <= 0) {
        abc = "C";
      } else if (before < CLASS_A * total) {
        abc = "A";
      } else if (before < CLASS_B * total) {
        abc = "B";
      } else {
        abc = "C";
      }
      classes.put(row.customerId, abc);
      before += Math.max(0, row.revenue12m);
    }
    return classes;
  }

  private record Row(
      String customerId,
      Optional<String> name,
      double revenue12m,
      double revenuePrevious12m,
      double revenueTotal,
      Optional<Double> margin12m,
      long orders12m,
      long ordersPrevious12m,
      long ordersTotal,
      long productGroups12m,
      LocalDate firstPurchase,
      Optional<LocalDate> lastPurchase) {

    static Row of(SqlRow row) {
      return new Row(
          row.string("customer_id"),
          row.optionalString("name"),
          row.number("revenue_12m"),
          row.number("revenue_previous_12m"),
          row.number("revenue_total"),
          row.optionalNumber("margin_12m"),
          row.integer("orders_12m"),
          row.integer("orders_previous_12m"),
          row.integer("orders_total"),
          row.integer("product_groups_12m"),
          row.date("first_purchase"),
          row.optionalDate("last_purchase"));
    }

    CustomerFacts facts(LocalDate asOf, double total, String abcClass) {
      LocalDate last = lastPurchase.orElse(firstPurchase);
      return new CustomerFacts(
          customerId,
          name,
          revenue12m,
          revenuePrevious12m,
          revenuePrevious12m > 0
              ? Optional.of(revenue12m / revenuePrevious12m - 1)
              : Optional.empty(),
          revenueTotal,
          margin12m,
          orders12m,
          ordersPrevious12m,
          ordersTotal,
          productGroups12m,
          firstPurchase,
          lastPurchase,
          ChronoUnit.DAYS.between(last, asOf),
          ChronoUnit.DAYS.between(firstPurchase, asOf),
          orders12m > 0 ? Optional.of(revenue12m / orders12m) : Optional.empty(),
          total > 0 ? Math.max(0, revenue12m) / total : 0,
          abcClass);
    }
  }
}
