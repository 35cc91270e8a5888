package se.kundfokus.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.BestCustomer;
import se.kundfokus.analysis.CrossSellRecommendation;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.DecliningCustomer;
import se.kundfokus.analysis.LapsedCustomer;
import se.kundfokus.analysis.LeavingCustomer;
import se.kundfokus.analysis.PartialOutflow;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.SegmentSummary;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentationOptions;
import se.kundfokus.report.Labels;

/** The lists of a result as tables in one language, for the dashboard and the CSV exports. */
final class Lists {
  /** The lists there are, in the order the dashboard shows them. */
  static final List<String> KEYS =
      List.of(
          "segments",
          "best_customers",
          "leaving",
          "declining",
          "stopped_groups",
          "reactivation",
          "cross_sell",
          "customers",
          "prospects");

  /** The lists the dashboard shows itself; the others have pages of their own. */
  static final Set<String> ON_DASHBOARD =
      Set.of("leaving", "declining", "stopped_groups", "reactivation", "cross_sell", "customers");

  private final AnalysisResult result;
  private final Labels labels;
  private final Messages messages;
  private final Formats formats;
  private final SegmentationOptions segments;

  Lists(AnalysisResult result, Messages messages) {
    this.result = result;
    this.messages = messages;
    this.labels = Labels.of(messages.language());
    this.formats = new Formats(messages.language());
    this.segments = result.meta().options().model().segments();
  }

  /** The list of a key, or empty for a key that is no list. */
  Optional<ListTable> list(String key) {
    return switch (key) {
      case "segments" -> Optional.of(segments());
      case "best_customers" -> Optional.of(best());
      case "leaving" -> Optional.of(leaving());
      case "declining" -> Optional.of(declining());
      case "stopped_groups" -> Optional.of(stopped());
      case "reactivation" -> Optional.of(reactivation());
      case "cross_sell" -> Optional.of(crossSell());
      case "customers" -> Optional.of(customers());
      case "prospects" -> Optional.of(prospects());
      default -> Optional.empty();
    };
  }

  String segmentName(SegmentKey key) {
    return labels.segmentName(key, segments);
  }

  String segmentAction(SegmentKey key) {
    return labels.segmentAction(key, segments);
  }

  private ListTable segments() {
    return table(
        "segments",
        labels.get("list.segments"),
        List.of(
            textColumn("column.segment"),
            textColumn("column.action"),
            numberColumn("column.customers"),
            numberColumn("column.revenue_12m"),
            numberColumn("column.potential"),
            numberColumn("column.prospects")),
        result.segments(),
        (SegmentSummary s) ->
            row(
                Optional.empty(),
                text(segmentName(s.segment())),
                text(segmentAction(s.segment())),
                count(s.customers()),
                money(s.revenue12m()),
                money(s.potential()),
                count(s.prospects())));
  }

  private ListTable best() {
    Map<String, Double> revenue = new HashMap<>();
    result.customers().forEach(c -> revenue.put(c.customerId(), c.facts().revenue12m()));
    return table(
        "best_customers",
        labels.get("list.best_customers"),
        List.of(
            numberColumn("column.rank"),
            textColumn("column.customer_id"),
            textColumn("column.name"),
            numberColumn("column.score"),
            numberColumn("column.revenue_12m")),
        result.bestCustomers(),
        (BestCustomer b) ->
            row(
                Optional.of(b.customerId()),
                count(b.rank()),
                text(b.customerId()),
                text(b.name().orElse("")),
                new ListTable.Cell(formats.number(b.score(), 1), Optional.of(b.score())),
                money(revenue.getOrDefault(b.customerId(), 0.0))));
  }

  private ListTable leaving() {
    return table(
        "leaving",
        labels.get("list.leaving"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            numberColumn("column.probability_alive"),
            textColumn("column.last_purchase"),
            numberColumn("column.revenue_at_risk"),
            textColumn("column.reason")),
        result.outflow().leaving(),
        (LeavingCustomer c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                share(c.probabilityAlive()),
                date(c.lastPurchase()),
                money(c.revenueAtRisk()),
                text(c.reason())));
  }

  private ListTable declining() {
    return table(
        "declining",
        labels.get("list.declining"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            numberColumn("column.revenue_12m"),
            numberColumn("column.revenue_previous_12m"),
            numberColumn("column.growth"),
            numberColumn("column.revenue_at_risk"),
            textColumn("column.reason")),
        result.outflow().declining(),
        (DecliningCustomer c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                money(c.revenue12m()),
                money(c.revenuePrevious12m()),
                new ListTable.Cell(
                    formats.change(Optional.of(c.change())), Optional.of(c.change())),
                money(c.revenueAtRisk()),
                text(c.reason())));
  }

  private ListTable stopped() {
    return table(
        "stopped_groups",
        labels.get("list.stopped_groups"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            textColumn("column.product_group"),
            textColumn("column.last_purchase"),
            numberColumn("column.revenue_at_risk"),
            textColumn("column.reason")),
        result.outflow().partial(),
        (PartialOutflow c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                text(c.productGroup()),
                date(c.lastPurchase()),
                money(c.revenueAtRisk()),
                text(c.reason())));
  }

  private ListTable reactivation() {
    return table(
        "reactivation",
        labels.get("list.reactivation"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            textColumn("column.last_purchase"),
            new ListTable.Column(messages.get("column.yearly_revenue_before"), true),
            numberColumn("column.probability_alive"),
            textColumn("column.reason")),
        result.reactivation(),
        (LapsedCustomer c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                date(c.lastPurchase()),
                money(c.yearlyRevenueBefore()),
                c.probabilityAlive().map(this::share).orElse(text("")),
                text(c.reason())));
  }

  private ListTable crossSell() {
    return table(
        "cross_sell",
        labels.get("list.cross_sell"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            textColumn("column.product_group"),
            textColumn("column.because_of"),
            numberColumn("column.expected_value"),
            textColumn("column.reason")),
        result.crossSell().recommendations(),
        (CrossSellRecommendation c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                text(c.productGroup()),
                text(c.becauseOf()),
                money(c.expectedYearlyValue()),
                text(c.reason())));
  }

  private ListTable customers() {
    return table(
        "customers",
        labels.get("list.customers"),
        List.of(
            textColumn("column.customer_id"),
            textColumn("column.name"),
            textColumn("column.segment"),
            numberColumn("column.fit"),
            numberColumn("column.pain"),
            numberColumn("column.potential"),
            numberColumn("column.revenue_12m"),
            numberColumn("column.growth")),
        result.customers(),
        (CustomerResult c) ->
            row(
                Optional.of(c.customerId()),
                text(c.customerId()),
                text(c.name().orElse("")),
                text(segmentName(c.segment())),
                score(c.fit()),
                score(c.pain()),
                money(c.potential()),
                money(c.facts().revenue12m()),
                new ListTable.Cell(formats.change(c.facts().growth()), c.facts().growth())));
  }

  private ListTable prospects() {
    return table(
        "prospects",
        labels.get("list.prospects"),
        List.of(
            numberColumn("column.rank"),
            textColumn("column.prospect_id"),
            textColumn("column.name"),
            textColumn("column.segment"),
            numberColumn("column.fit"),
            numberColumn("column.potential"),
            numberColumn("column.pain"),
            textColumn("column.reason")),
        result.prospects(),
        (ProspectResult p) ->
            row(
                Optional.empty(),
                count(p.rank()),
                text(p.prospectId()),
                text(p.name().orElse("")),
                text(segmentName(p.segment())),
                score(p.fit()),
                money(p.potential()),
                score(p.pain()),
                text(p.reasons().segment())));
  }

  private static <T> ListTable table(
      String key,
      String title,
      List<ListTable.Column> columns,
      List<T> items,
      Function<T, ListTable.Row> row) {
    List<ListTable.Row> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add(row.apply(item)));
    return new ListTable(key, title, columns, rows, items.size());
  }

  private static ListTable.Row row(Optional<String> customerId, ListTable.Cell... cells) {
    return new ListTable.Row(customerId, List.of(cells));
  }

  private ListTable.Column textColumn(String labelKey) {
    return new ListTable.Column(labels.get(labelKey), false);
  }

  private ListTable.Column numberColumn(String labelKey) {
    return new ListTable.Column(labels.get(labelKey), true);
  }

  private static ListTable.Cell text(String value) {
    return new ListTable.Cell(value, Optional.empty());
  }

  private ListTable.Cell count(long value) {
    return new ListTable.Cell(formats.integer(value), Optional.of((double) value));
  }

  private ListTable.Cell money(double value) {
    return new ListTable.Cell(formats.money(value), Optional.of(value));
  }

  private ListTable.Cell money(Optional<Double> value) {
    return new ListTable.Cell(formats.money(value), value);
  }

  private ListTable.Cell score(Optional<Double> value) {
    return new ListTable.Cell(formats.score(value), value);
  }

  private ListTable.Cell share(double value) {
    return new ListTable.Cell(formats.percent(value), Optional.of(value));
  }

  private static ListTable.Cell date(LocalDate value) {
    return new ListTable.Cell(value.toString(), Optional.empty());
  }
}
