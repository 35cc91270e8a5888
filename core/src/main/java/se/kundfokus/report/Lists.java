package se.kundfokus.report;

import static se.kundfokus.report.Cell.date;
import static se.kundfokus.report.Cell.number;
import static se.kundfokus.report.Cell.text;
import static se.kundfokus.report.ColumnType.COUNT;
import static se.kundfokus.report.ColumnType.DATE;
import static se.kundfokus.report.ColumnType.MONEY;
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
import se.kundfokus.analysis.CustomerResult;
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
    PotentialLists potential = new PotentialLists(result, lists.labels);
    return List.of(
        lists.customers(),
        potential.leaving(),
        potential.declining(),
        potential.stoppedGroups(),
        potential.reactivation(),
        potential.crossSell(),
        potential.crossSellRules(),
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
