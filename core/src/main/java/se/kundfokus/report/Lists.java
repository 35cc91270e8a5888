package se.kundfokus.report;

import static se.kundfokus.report.Cell.date;
import static se.kundfokus.report.Cell.number;
import static se.kundfokus.report.Cell.text;
import static se.kundfokus.report.ColumnType.COUNT;
import static se.kundfokus.report.ColumnType.DATE;
import static se.kundfokus.report.ColumnType.MONEY;
import static se.kundfokus.report.ColumnType.RATIO;
import static se.kundfokus.report.ColumnType.SCORE;
import static se.kundfokus.report.ColumnType.SHARE;
import static se.kundfokus.report.ColumnType.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.BestCustomer;
import se.kundfokus.analysis.CrossSellRecommendation;
import se.kundfokus.analysis.CrossSellRule;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.DecliningCustomer;
import se.kundfokus.analysis.LapsedCustomer;
import se.kundfokus.analysis.LeavingCustomer;
import se.kundfokus.analysis.PartialOutflow;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * The lists of a result as tables, in one language: the same rows for the spreadsheet ({@link
 * XlsxExport}), the CSV files ({@link CsvExport}) and the report ({@link HtmlReport}). Each list
 * keeps the order of the result (ranked by money).
 */
public final class Lists {
  /** The keys of the lists, in the order they are written. */
  public static final List<String> KEYS =
      List.of(
          "customers",
          "leaving",
          "declining",
          "stopped_groups",
          "reactivation",
          "cross_sell",
          "cross_sell_rules",
          "prospects",
          "best_customers");

  private final AnalysisResult result;
  private final Labels labels;
  private final SegmentationOptions segments;

  private Lists(AnalysisResult result, Language language) {
    this.result = Objects.requireNonNull(result, "result must not be null");
    this.labels = Labels.of(language);
    this.segments = result.meta().options().model().segments();
  }

  /** Every list, in the order of {@link #KEYS}. */
  public static List<ListTable> of(AnalysisResult result, Language language) {
    Lists lists = new Lists(result, language);
    return List.of(
        lists.customers(),
        lists.leaving(),
        lists.declining(),
        lists.stoppedGroups(),
        lists.reactivation(),
        lists.crossSell(),
        lists.crossSellRules(),
        lists.prospects(),
        lists.bestCustomers());
  }

  private String segment(SegmentKey key) {
    return labels.segmentName(key, segments);
  }

  private TableBuilder table(String key) {
    return new TableBuilder(labels, key);
  }

  ListTable customers() {
    TableBuilder t =
        table("customers")
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("segment", TEXT)
            .column("fit", SCORE)
            .column("potential", MONEY)
            .column("pain", SCORE)
            .column("probability_alive", SHARE)
            .column("revenue_12m", MONEY)
            .column("revenue_previous_12m", MONEY)
            .column("growth", SHARE)
            .column("orders_12m", COUNT)
            .column("last_purchase", DATE)
            .column("abc_class", TEXT)
            .column("reason", TEXT);
    for (CustomerResult c : result.customers()) {
      t.row(
          text(c.customerId()),
          text(c.name()),
          text(segment(c.segment())),
          number(c.fit()),
          number(c.potential()),
          number(c.pain()),
          number(c.probabilityAlive()),
          number(c.facts().revenue12m()),
          number(c.facts().revenuePrevious12m()),
          number(c.facts().growth()),
          number(c.facts().orders12m()),
          date(c.facts().lastPurchase()),
          text(c.facts().abcClass()),
          text(c.reasons().segment()));
    }
    return t.build();
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

  ListTable prospects() {
    TableBuilder t =
        table("prospects")
            .column("rank", COUNT)
            .column("prospect_id", TEXT)
            .column("name", TEXT)
            .column("segment", TEXT)
            .column("fit", SCORE)
            .column("potential", MONEY)
            .column("pain", SCORE)
            .column("reason", TEXT);
    for (ProspectResult p : result.prospects()) {
      t.row(
          number(p.rank()),
          text(p.prospectId()),
          text(p.name()),
          text(segment(p.segment())),
          number(p.fit()),
          number(p.potential()),
          number(p.pain()),
          text(p.reasons().segment()));
    }
    return t.build();
  }

  ListTable bestCustomers() {
    Map<String, CustomerResult> customers =
        result.customers().stream()
            .collect(Collectors.toMap(CustomerResult::customerId, Function.identity()));
    TableBuilder t =
        table("best_customers")
            .column("rank", COUNT)
            .column("customer_id", TEXT)
            .column("name", TEXT)
            .column("score", SCORE)
            .column("revenue_12m", MONEY)
            .column("growth", SHARE)
            .column("orders_12m", COUNT)
            .column("product_groups", COUNT)
            .column("segment", TEXT);
    for (BestCustomer b : result.bestCustomers()) {
      CustomerResult c = customers.get(b.customerId());
      if (c == null) {
        t.row(
            number(b.rank()),
            text(b.customerId()),
            text(b.name()),
            number(b.score()),
            Cell.Blank.BLANK,
            Cell.Blank.BLANK,
            Cell.Blank.BLANK,
            Cell.Blank.BLANK,
            Cell.Blank.BLANK);
        continue;
      }
      t.row(
          number(b.rank()),
          text(b.customerId()),
          text(b.name()),
          number(b.score()),
          number(c.facts().revenue12m()),
          number(c.facts().growth()),
          number(c.facts().orders12m()),
          number(c.facts().productGroups12m()),
          text(segment(c.segment())));
    }
    return t.build();
  }
}
