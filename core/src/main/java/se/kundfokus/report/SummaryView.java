package se.kundfokus.report;

import static se.kundfokus.report.ReportView.cell;
import static se.kundfokus.report.ReportView.number;

import java.util.ArrayList;
import java.util.List;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Summary;
import se.kundfokus.store.ImportRecord;

/**
 * The report's summary, its Pareto table and its provenance: the headline figures in money, the
 * share of revenue by share of customers, and where the result comes from.
 */
final class SummaryView {
  private final AnalysisResult result;
  private final Labels labels;
  private final Formats formats;

  SummaryView(AnalysisResult result, Labels labels, Formats formats) {
    this.result = result;
    this.labels = labels;
    this.formats = formats;
  }

  /** A headline figure: what it is, the amount, and what it is made of. */
  record Figure(String label, String value, String detail) {}

  List<Figure> figures(Summary s) {
    return List.of(
        new Figure(
            labels.get("report.summary.at_risk"),
            formats.money(s.revenueAtRisk()),
            labels.format(
                "report.summary.at_risk.detail",
                formats.count(s.leavingCustomers()),
                formats.count(s.decliningCustomers()),
                formats.count(s.partialOutflows()))),
        new Figure(
            labels.get("report.summary.reactivation"),
            formats.money(s.reactivationPotential()),
            labels.format(
                "report.summary.reactivation.detail", formats.count(s.lapsedCustomers()))),
        new Figure(
            labels.get("report.summary.cross_sell"),
            formats.money(s.crossSellPotential()),
            labels.format(
                "report.summary.cross_sell.detail", formats.count(s.crossSellRecommendations()))),
        new Figure(
            labels.get("report.summary.revenue"),
            formats.money(s.revenue12m()),
            labels.format("report.summary.revenue.detail", formats.money(s.revenuePrevious12m()))),
        new Figure(
            labels.get("report.summary.customers"),
            formats.count(s.customers()),
            labels.format("report.summary.customers.detail", formats.count(s.activeCustomers()))));
  }

  HtmlTable provenance() {
    AnalysisResult.Meta meta = result.meta();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(labels.get("report.provenance.version"), meta.version()));
    rows.add(List.of(labels.get("report.provenance.as_of"), formats.date(meta.asOf())));
    rows.add(List.of(labels.get("report.provenance.fingerprint"), meta.dataFingerprint()));
    rows.add(
        List.of(
            labels.get("report.provenance.settings"),
            meta.settings()
                .map(s -> s.file() + " (" + s.fingerprint() + ")")
                .orElse(labels.get("report.provenance.defaults"))));
    rows.add(
        List.of(
            labels.get("report.provenance.sales_lines"),
            formats.count(meta.counts().salesLines())));
    return ReportView.keyValues(labels.get("report.provenance.title"), rows);
  }

  HtmlTable files() {
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("report.files.table"), false),
            new HtmlTable.Header(labels.get("report.files.file"), false),
            new HtmlTable.Header(labels.get("report.files.rows"), true),
            new HtmlTable.Header(labels.get("report.files.fingerprint"), false));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (ImportRecord r : result.meta().imports()) {
      rows.add(
          List.of(
              cell(r.table()),
              cell(r.fileName()),
              number(formats.count(r.rowsAccepted())),
              cell(r.fingerprint())));
    }
    return new HtmlTable(labels.get("report.files.title"), headers, rows, "");
  }

  String paretoCaption(ChartData.Pareto pareto) {
    if (pareto.deciles().isEmpty()) {
      return labels.get("report.pareto.none");
    }
    ChartData.Decile top20 = pareto.deciles().get(1);
    ChartData.Decile top50 = pareto.deciles().get(4);
    return labels.format(
        "report.pareto.caption",
        formats.count(top20.customers()),
        formats.percent(top20.revenueShare()),
        formats.count(top50.customers()),
        formats.percent(top50.revenueShare()),
        formats.count(pareto.customers()),
        formats.money(pareto.revenue()));
  }

  HtmlTable paretoTable(ChartData.Pareto pareto) {
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("report.pareto.customer_share"), true),
            new HtmlTable.Header(labels.get("column.customers"), true),
            new HtmlTable.Header(labels.get("report.pareto.revenue_share"), true));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (ChartData.Decile d : pareto.deciles()) {
      rows.add(
          List.of(
              number(formats.percent(d.customerShare())),
              number(formats.count(d.customers())),
              number(formats.percent(d.revenueShare()))));
    }
    return new HtmlTable(labels.get("report.pareto.table"), headers, rows, "");
  }
}
