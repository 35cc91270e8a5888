package se.kundfokus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.SegmentSummary;
import se.kundfokus.analysis.Summary;
import se.kundfokus.model.potential.WeightedParameter;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.Characteristics;
import se.kundfokus.model.profile.GroupEvidence;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * What the report's template shows, every value written for the reader: the summary, the tables of
 * each section and the numbers behind the charts. The template only lays it out.
 */
final class ReportView {
  private final AnalysisResult result;
  private final Labels labels;
  private final Formats formats;
  private final Map<String, ListTable> lists = new LinkedHashMap<>();

  ReportView(AnalysisResult result, Language language) {
    this.result = result;
    this.labels = Labels.of(language);
    this.formats = Formats.of(language);
    for (ListTable table : Lists.of(result, language)) {
      lists.put(table.key(), table);
    }
  }

  /** The template's variables. */
  Map<String, Object> variables(String echarts) {
    Map<String, Object> v = new LinkedHashMap<>();
    Summary s = result.summary();
    v.put("lang", labels.language().code());
    v.put("asOf", formats.date(s.asOf()));
    v.put("version", result.meta().version());
    v.put(
        "potentialTotal",
        formats.money(s.revenueAtRisk() + s.reactivationPotential() + s.crossSellPotential()));
    SummaryView summary = new SummaryView(result, labels, formats);
    v.put("figures", summary.figures(s));
    v.put("provenance", summary.provenance());
    v.put("files", summary.files());
    ChartData.Pareto pareto = ChartData.pareto(result.customers());
    v.put("paretoCaption", summary.paretoCaption(pareto));
    v.put("paretoTable", summary.paretoTable(pareto));
    v.put(
        "best",
        table(
            "best_customers",
            "rank",
            "customer_id",
            "name",
            "score",
            "revenue_12m",
            "growth",
            "orders_12m",
            "product_groups",
            "segment"));
    characteristics(v);
    ChartData.Matrix matrix = ChartData.matrix(result, labels);
    segments(v, matrix);
    v.put(
        "leaving",
        table(
            "leaving",
            "customer_id",
            "name",
            "probability_alive",
            "last_purchase",
            "revenue_at_risk",
            "reason"));
    v.put(
        "declining",
        table(
            "declining",
            "customer_id",
            "name",
            "revenue_12m",
            "revenue_previous_12m",
            "change",
            "revenue_at_risk",
            "reason"));
    v.put(
        "stopped",
        table(
            "stopped_groups",
            "customer_id",
            "name",
            "product_group",
            "revenue_at_risk",
            "last_purchase",
            "reason"));
    v.put(
        "reactivation",
        table(
            "reactivation",
            "customer_id",
            "name",
            "last_purchase",
            "yearly_revenue_before",
            "probability_alive",
            "priority",
            "used_to_buy"));
    v.put(
        "crossSell",
        table(
            "cross_sell",
            "customer_id",
            "name",
            "product_group",
            "because_of",
            "confidence",
            "expected_value"));
    v.put(
        "rules",
        table(
            "cross_sell_rules",
            "antecedent",
            "consequent",
            "both_customers",
            "confidence",
            "lift",
            "typical_yearly_revenue"));
    v.put(
        "prospects",
        table("prospects", "rank", "prospect_id", "name", "segment", "fit", "potential", "pain"));
    FitView fit = new FitView(result, labels, formats);
    v.put("churn", fit.churn());
    v.put("churnNote", fit.churnNote());
    v.put("backtest", fit.backtest());
    v.put("notes", result.notes());
    v.put("chartJson", ScriptJson.text(charts(pareto, matrix)));
    v.put("echarts", echarts);
    return v;
  }

  private HtmlTable table(String key, String... columns) {
    ListTable table = lists.get(key);
    if (table == null) {
      throw new IllegalStateException("no list " + key);
    }
    return HtmlTable.of(table, formats, labels, List.of(columns));
  }

  private void characteristics(Map<String, Object> v) {
    Characteristics c = result.characteristics();
    v.put(
        "characteristicsIntro",
        labels.format(
            "report.characteristics.intro",
            formats.count(c.bestCustomers()),
            formats.count(c.customers()),
            formats.percent(c.bestShare())));
    List<String> parameters = new ArrayList<>();
    for (WeightedParameter p : result.potential().parameters()) {
      parameters.add(
          labels.format(
              "report.characteristics.parameter",
              p.description(),
              formats.ratio(p.lift()),
              formats.score(p.points())));
    }
    v.put("parameters", parameters);
    v.put("characteristicsNotes", c.notes());
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("column.attribute"), false),
            new HtmlTable.Header(labels.get("column.value"), false),
            new HtmlTable.Header(labels.get("column.customers"), true),
            new HtmlTable.Header(labels.get("column.best_customers"), true),
            new HtmlTable.Header(labels.get("report.characteristics.best_share"), true),
            new HtmlTable.Header(labels.get("column.lift"), true));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (AttributeEvidence a : ChartData.liftAttributes(result)) {
      for (GroupEvidence g : a.groups().stream().limit(ChartData.GROUPS_PER_ATTRIBUTE).toList()) {
        rows.add(
            List.of(
                cell(a.label()),
                cell(g.value()),
                number(formats.count(g.customers())),
                number(formats.count(g.bestCustomers())),
                number(formats.percent(g.bestShare())),
                number(formats.ratio(g.lift()))));
      }
    }
    v.put("liftTable", new HtmlTable(labels.get("report.characteristics.lift"), headers, rows, ""));
    v.put("attributesTable", attributes(c));
  }

  /** Every attribute compared, with its best condition and why it is proposed or not. */
  private HtmlTable attributes(Characteristics c) {
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("column.attribute"), false),
            new HtmlTable.Header(labels.get("report.characteristics.condition"), false),
            new HtmlTable.Header(labels.get("column.lift"), true),
            new HtmlTable.Header(labels.get("column.reason"), false));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (AttributeEvidence a : c.attributes()) {
      rows.add(
          List.of(
              cell(a.label()),
              cell(a.bestCondition().map(b -> b.description()).orElse("")),
              number(a.bestCondition().map(b -> formats.ratio(b.lift())).orElse("")),
              cell(a.reason())));
    }
    return new HtmlTable(labels.get("report.characteristics.attributes"), headers, rows, "");
  }

  private void segments(Map<String, Object> v, ChartData.Matrix matrix) {
    SegmentationOptions options = result.meta().options().model().segments();
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("column.segment"), false),
            new HtmlTable.Header(labels.get("column.action"), false),
            new HtmlTable.Header(labels.get("column.customers"), true),
            new HtmlTable.Header(labels.get("column.revenue_12m"), true),
            new HtmlTable.Header(labels.get("column.potential"), true),
            new HtmlTable.Header(labels.get("column.prospects"), true));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (SegmentSummary s : result.segments()) {
      rows.add(
          List.of(
              cell(labels.segmentName(s.segment(), options)),
              cell(labels.segmentAction(s.segment(), options)),
              number(formats.count(s.customers())),
              number(formats.money(s.revenue12m())),
              number(formats.money(s.potential())),
              number(formats.count(s.prospects()))));
    }
    v.put("segments", new HtmlTable(labels.get("list.segments"), headers, rows, ""));
    v.put("hasMatrix", matrix.shown() > 0);
    List<String> caption = new ArrayList<>();
    caption.add(
        labels.format(
            "report.matrix.caption",
            formats.score(options.highPotentialFrom()),
            formats.score(options.highPainFrom())));
    if (matrix.shown() < matrix.placed()) {
      caption.add(
          labels.format(
              "report.matrix.limited",
              formats.count(matrix.shown()),
              formats.count(matrix.placed())));
    }
    result.pain().note().ifPresent(n -> caption.add(labels.get("report.matrix.no_pain") + " " + n));
    v.put("matrixCaption", caption);
  }

  private Map<String, Object> charts(ChartData.Pareto pareto, ChartData.Matrix matrix) {
    Map<String, Object> charts = new LinkedHashMap<>();
    charts.put("lang", labels.language().code());
    charts.put(
        "pareto",
        Map.of(
            "points", pareto.points(),
            "x", labels.get("report.pareto.customer_share"),
            "y", labels.get("report.pareto.revenue_share")));
    charts.put(
        "lift",
        Map.of(
            "bars", ChartData.lift(result),
            "x", labels.get("column.lift"),
            "even", labels.get("report.characteristics.even")));
    charts.put(
        "matrix",
        Map.of(
            "series", matrix.series(),
            "highPotentialFrom", matrix.highPotentialFrom(),
            "highPainFrom", matrix.highPainFrom(),
            "x", labels.get("column.fit"),
            "y", labels.get("column.pain"),
            "revenue", labels.get("column.revenue_12m")));
    return charts;
  }

  static HtmlTable.HtmlCell cell(String text) {
    return new HtmlTable.HtmlCell(text, false);
  }

  static HtmlTable.HtmlCell number(String text) {
    return new HtmlTable.HtmlCell(text, true);
  }

  /** A table of two columns: what, and its value. */
  static HtmlTable keyValues(String title, List<List<String>> rows) {
    List<List<HtmlTable.HtmlCell>> cells = new ArrayList<>();
    for (List<String> row : rows) {
      cells.add(List.of(cell(row.get(0)), cell(row.get(1))));
    }
    return new HtmlTable(title, List.of(), cells, "");
  }
}
