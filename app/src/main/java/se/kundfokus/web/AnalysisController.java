package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs the analysis: {@code POST /analysis} (the pages' button) and {@code POST /api/analyses}
 * queue it; {@code /analysis/{id}} shows its progress live, from {@code GET /api/analyses/{id}};
 * {@code GET /api/status} says what the workspace holds and what is running.
 */
final class AnalysisController {
  /** Where a finished analysis may send the browser. */
  static final Set<String> NEXT = Set.of("/dashboard", "/model");

  private final AnalysisService analyses;
  private final ResultService results;
  private final Pages pages;

  AnalysisController(AnalysisService analyses, ResultService results, Pages pages) {
    this.analyses = analyses;
    this.results = results;
    this.pages = pages;
  }

  void start(Context ctx) {
    JobView job = analyses.start();
    ctx.redirect("/analysis/" + job.id(), HttpStatus.SEE_OTHER);
  }

  void progress(Context ctx) {
    JobView job = analyses.job(id(ctx));
    String next = ctx.queryParam("next");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("job", job);
    model.put("next", next != null && NEXT.contains(next) ? next : "/dashboard");
    pages.render(ctx, "progress", model);
  }

  void apiStart(Context ctx) {
    JobView job = analyses.start();
    ctx.header("Location", "/api/analyses/" + job.id());
    ctx.status(202).json(job);
  }

  void apiJob(Context ctx) {
    ctx.json(analyses.job(id(ctx)));
  }

  void apiStatus(Context ctx) {
    ctx.json(results.status());
  }

  static long id(Context ctx) {
    String id = ctx.pathParam("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("there is no analysis job '" + id + "' (job ids are numbers)");
    }
  }
}
