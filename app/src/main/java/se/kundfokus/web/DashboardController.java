package se.kundfokus.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.report.HtmlReport;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.report.Language;
import se.kundfokus.report.XlsxExport;

/**
 * The dashboard ({@code /dashboard}): the revenue potential in money, the charts and the lists; the
 * CSV export of each list ({@code /exports/LIST.csv}); and the same data as {@code GET
 * /api/summary}, {@code /api/charts}, {@code /api/segments} and the whole result {@code
 * /api/result}.
 */
final class DashboardController {
  /** How many rows of a list the page shows; the export has them all. */
  static final int ROWS_SHOWN = 200;

  /** The export of every list as one workbook. */
  static final String WORKBOOK = "lists.xlsx";

  /** The export of the HTML report. */
  static final String REPORT = "report.html";

  private final ResultService results;
  private final Pages pages;

  DashboardController(ResultService results, Pages pages) {
    this.results = results;
    this.pages = pages;
  }

  void page(Context ctx) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("status", results.status());
    Optional<Results.Run> run = results.latest();
    model.put("hasResult", run.isPresent());
    if (run.isPresent()) {
      Language language = Languages.of(ctx);
      model.put("summary", results.summary());
      List<ListTable> lists = new ArrayList<>();
      for (String key : Lists.KEYS) {
        if (Lists.ON_DASHBOARD.contains(key)) {
          results.list(key, language).ifPresent(l -> lists.add(l.first(ROWS_SHOWN)));
        }
      }
      model.put("segments", results.list("segments", language).orElseThrow());
      model.put("lists", lists);
      model.put(
          "changes",
          ModelService.changes(
              run.get().result(), results.previous().map(Results.Run::result), language));
    }
    pages.render(ctx, "dashboard", model);
  }

  void export(Context ctx) throws IOException {
    String name = ctx.pathParam("list");
    if (name.equals(WORKBOOK) || name.equals(REPORT)) {
      exportWhole(ctx, name);
      return;
    }
    String key = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    Language language = Languages.of(ctx);
    ListTable table =
        results
            .list(key, language)
            .orElseThrow(
                () ->
                    HttpProblem.notFound(
                        "there is no list '"
                            + key
                            + "' (expected one of "
                            + String.join(", ", Lists.KEYS)
                            + ")"));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"kundfokus-"
            + key
            + "-"
            + results.result().meta().asOf()
            + ".csv\"");
    ctx.result(CsvExport.write(table, language));
  }

  /** All lists as one Excel workbook, or the self-contained HTML report, of the latest result. */
  private void exportWhole(Context ctx, String name) throws IOException {
    AnalysisResult result = results.result();
    Language language = Languages.of(ctx);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String file = "kundfokus-" + result.meta().asOf();
    if (name.equals(WORKBOOK)) {
      XlsxExport.write(result, language, out);
      ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      file += ".xlsx";
    } else {
      HtmlReport.write(result, language, out);
      ctx.contentType("text/html; charset=utf-8");
      file += ".html";
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(out.toByteArray());
  }

  void apiSummary(Context ctx) {
    ctx.json(results.summary());
  }

  void apiCharts(Context ctx) {
    ctx.json(results.charts(Languages.of(ctx)));
  }

  void apiSegments(Context ctx) {
    ctx.json(results.segments());
  }

  void apiResult(Context ctx) throws java.io.IOException {
    ctx.contentType("application/json");
    ctx.result(JsonOutput.text(results.result()));
  }
}
