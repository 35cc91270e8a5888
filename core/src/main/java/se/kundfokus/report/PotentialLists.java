package se.kundfokus.report;

import static se.kundfokus.report.Cell.date;
import static se.kundfokus.report.Cell.number;
import static se.kundfokus.report.Cell.text;
import static se.kundfokus.report.ColumnType.COUNT;
import static se.kundfokus.report.ColumnType.DATE;
import static se.kundfokus.report.ColumnType.MONEY;
import static se.kundfokus.report.ColumnType.RATIO;
import static se.kundfokus.report.ColumnType.SHARE;
import static se.kundfokus.report.ColumnType.TEXT;

import java.util.stream.Collectors;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CrossSellRecommendation;
import se.kundfokus.analysis.CrossSellRule;
import se.kundfokus.analysis.DecliningCustomer;
import se.kundfokus.analysis.LapsedCustomer;
import se.kundfokus.analysis.LeavingCustomer;
import se.kundfokus.analysis.PartialOutflow;

/**
 * The lists of the obvious revenue potential ({@link Lists}): outflow (leaving, declining, stopped
 * product groups), lapsed customers to reactivate, and cross-selling with its rules.
 */
final class PotentialLists {
  private final AnalysisResult result;
  private final Labels labels;

  PotentialLists(AnalysisResult result, Labels labels) {
    this.result = result;
    this.labels = labels;
  }

  private TableBuilder table(String key) {
    return new TableBuilder(labels, key);
  }

  ListTable leaving() {
    TableBuilder t =
        table("leaving")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("probability_alive", SHARE)
            .column("last_purchase", DATE)
            .column("yearly_revenue", MONEY)
            .column("revenue_at_risk", MONEY)
            .column("reason", TEXT);
    for (LeavingCustomer c : result.outflow().leaving()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          number(c.probabilityAlive()),
          date(c.lastPurchase()),
          number(c.yearlyRevenue()),
          number(c.revenueAtRisk()),
          text(c.reason()));
    }
    return t.build();
  }

  ListTable declining() {
    TableBuilder t =
        table("declining")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("revenue_12m", MONEY)
            .column("revenue_previous_12m", MONEY)
            .column("change", SHARE)
            .column("revenue_at_risk", MONEY)
            .column("reason", TEXT);
    for (DecliningCustomer c : result.outflow().declining()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          number(c.revenue12m()),
          number(c.revenuePrevious12m()),
          number(c.change()),
          number(c.revenueAtRisk()),
          text(c.reason()));
    }
    return t.build();
  }

  ListTable stoppedGroups() {
    TableBuilder t =
        table("stopped_groups")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("product_group", TEXT)
            .column("revenue_at_risk", MONEY)
            .column("orders_before", COUNT)
            .column("last_purchase", DATE)
            .column("chance_at_usual_rate", SHARE)
            .column("reason", TEXT);
    for (PartialOutflow c : result.outflow().partial()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          text(c.productGroup()),
          number(c.revenueAtRisk()),
          number(c.ordersBefore()),
          date(c.lastPurchase()),
          number(c.chanceAtUsualRate()),
          text(c.reason()));
    }
    return t.build();
  }

  ListTable reactivation() {
    TableBuilder t =
        table("reactivation")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("last_purchase", DATE)
            .column("months_since", COUNT)
            .column("yearly_revenue_before", MONEY)
            .column("orders_total", COUNT)
            .column("probability_alive", SHARE)
            .column("priority", MONEY)
            .column("used_to_buy", TEXT)
            .column("reason", TEXT);
    for (LapsedCustomer c : result.reactivation()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          date(c.lastPurchase()),
          number(c.monthsSinceLastPurchase()),
          number(c.yearlyRevenueBefore()),
          number(c.ordersTotal()),
          number(c.probabilityAlive()),
          number(c.priority()),
          text(
              c.usedToBuy().stream()
                  .map(LapsedCustomer.GroupRevenue::productGroup)
                  .collect(Collectors.joining(", "))),
          text(c.reason()));
    }
    return t.build();
  }

  ListTable crossSell() {
    TableBuilder t =
        table("cross_sell")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("product_group", TEXT)
            .column("because_of", TEXT)
            .column("confidence", SHARE)
            .column("lift", RATIO)
            .column("expected_value", MONEY)
            .column("reason", TEXT);
    for (CrossSellRecommendation c : result.crossSell().recommendations()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          text(c.productGroup()),
          text(c.becauseOf()),
          number(c.confidence()),
          number(c.lift()),
          number(c.expectedYearlyValue()),
          text(c.reason()));
    }
    return t.build();
  }

  ListTable crossSellRules() {
    TableBuilder t =
        table("cross_sell_rules")
            .column("antecedent", TEXT)
            .column("consequent", TEXT)
            .column("both_customers", COUNT)
            .column("antecedent_customers", COUNT)
            .column("support", SHARE)
            .column("confidence", SHARE)
            .column("lift", RATIO)
            .column("typical_yearly_revenue", MONEY);
    for (CrossSellRule r : result.crossSell().rules()) {
      t.row(
          text(r.antecedent()),
          text(r.consequent()),
          number(r.bothCustomers()),
          number(r.antecedentCustomers()),
          number(r.support()),
          number(r.confidence()),
          number(r.lift()),
          number(r.typicalYearlyRevenue()));
    }
    return t.build();
  }
}
