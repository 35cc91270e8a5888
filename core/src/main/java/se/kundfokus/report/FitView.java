package se.kundfokus.report;

import static se.kundfokus.report.ReportView.cell;
import static se.kundfokus.report.ReportView.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Backtest;
import se.kundfokus.analysis.ChurnModel;
import se.kundfokus.model.segment.SegmentationOptions;

/** The report's sections on the models' fit: the churn model's parameters and the backtest. */
final class FitView {
  private final AnalysisResult result;
  private final Labels labels;
  private final Formats formats;

  FitView(AnalysisResult result, Labels labels, Formats formats) {
    this.result = result;
    this.labels = labels;
    this.formats = formats;
  }

  /** The backtest's period, segments, measures and notes; {@code present} false without one. */
  record BacktestView(
      boolean present, String period, HtmlTable segments, HtmlTable measures, List<String> notes) {
    BacktestView {
      notes = List.copyOf(notes);
    }
  }

  /** The churn model's parameters; no rows when there is none (see {@link #churnNote}). */
  HtmlTable churn() {
    List<List<String>> rows = new ArrayList<>();
    Optional<ChurnModel> model = result.churnModel();
    if (model.isPresent()) {
      ChurnModel m = model.get();
      rows.add(row("report.churn.r", formats.parameter(m.r())));
      rows.add(row("report.churn.alpha", formats.parameter(m.alpha())));
      rows.add(row("report.churn.a", formats.parameter(m.a())));
      rows.add(row("report.churn.b", formats.parameter(m.b())));
      rows.add(row("report.churn.time_unit", m.timeUnit()));
      rows.add(row("report.churn.log_likelihood", formats.number(m.logLikelihood(), 1)));
      rows.add(row("report.churn.customers", formats.count(m.customers())));
      rows.add(row("report.churn.p", m.p().map(formats::parameter).orElse("–")));
      rows.add(row("report.churn.q", m.q().map(formats::parameter).orElse("–")));
      rows.add(row("report.churn.v", m.v().map(formats::parameter).orElse("–")));
      rows.add(
          row(
              "report.churn.spend_log_likelihood",
              m.spendLogLikelihood().map(l -> formats.number(l, 1)).orElse("–")));
      rows.add(row("report.churn.repeat_customers", formats.count(m.repeatCustomers())));
    }
    return ReportView.keyValues(labels.get("report.churn.title"), rows);
  }

  /** Why there is no churn model; empty when there is one. */
  String churnNote() {
    if (result.churnModel().isPresent()) {
      return "";
    }
    return result.notes().stream()
        .filter(n -> n.startsWith("the churn model"))
        .findFirst()
        .orElse(labels.get("report.churn.none"));
  }

  BacktestView backtest() {
    Optional<Backtest> test = result.backtest();
    if (test.isEmpty()) {
      HtmlTable none = new HtmlTable("", List.of(), List.of(), "");
      return new BacktestView(false, "", none, none, List.of());
    }
    Backtest b = test.get();
    SegmentationOptions options = result.meta().options().model().segments();
    List<HtmlTable.Header> headers =
        List.of(
            new HtmlTable.Header(labels.get("column.segment"), false),
            new HtmlTable.Header(labels.get("column.customers"), true),
            new HtmlTable.Header(labels.get("report.backtest.revenue_before"), true),
            new HtmlTable.Header(labels.get("report.backtest.revenue_after"), true),
            new HtmlTable.Header(labels.get("column.growth"), true));
    List<List<HtmlTable.HtmlCell>> rows = new ArrayList<>();
    for (Backtest.SegmentOutcome s : b.segments()) {
      rows.add(
          List.of(
              cell(labels.segmentName(s.segment(), options)),
              number(formats.count(s.customers())),
              number(formats.money(s.revenueBefore())),
              number(formats.money(s.revenueAfter())),
              number(s.growth().map(formats::percent).orElse("–"))));
    }
    List<List<String>> measures = new ArrayList<>();
    measures.add(
        row(
            "report.backtest.prioritised_lift",
            b.prioritisedLift().map(formats::ratio).orElse("–")));
    b.fitAuc().ifPresent(a -> measures.add(auc("report.backtest.fit_auc", a)));
    b.outflowAuc().ifPresent(a -> measures.add(auc("report.backtest.outflow_auc", a)));
    return new BacktestView(
        true,
        labels.format(
            "report.backtest.period",
            formats.date(b.from()),
            formats.date(b.to()),
            formats.count(b.months())),
        new HtmlTable(labels.get("report.backtest.segments"), headers, rows, ""),
        ReportView.keyValues(labels.get("report.backtest.measures"), measures),
        b.notes());
  }

  private List<String> auc(String key, Backtest.Auc auc) {
    return List.of(
        labels.get(key),
        labels.format(
            "report.backtest.auc",
            formats.ratio(auc.value()),
            formats.count(auc.positives()),
            formats.count(auc.negatives()),
            auc.outcome()));
  }

  private List<String> row(String key, String value) {
    return List.of(labels.get(key), value);
  }
}
