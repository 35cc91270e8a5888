package se.kundfokus.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kundfokus.config.SettingsException;
import se.kundfokus.ingest.ImportException;
import se.kundfokus.store.WorkspaceException;

/**
 * Turns what went wrong into an answer: a JSON {@link ApiError} under {@code /api}, an error page
 * elsewhere. Bad input is a 400 that names what was wrong and what was expected; an unknown path or
 * id a 404.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final String HANDLED = "kundfokus.handled";

  private final Pages pages;
  private final long maxUpload;

  Errors(Pages pages, long maxUpload) {
    this.pages = pages;
    this.maxUpload = maxUpload;
  }

  void register(Javalin app) {
    app.exception(HttpProblem.class, (e, ctx) -> respond(ctx, e.status(), message(e)));
    app.exception(ImportException.class, this::importProblem);
    app.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, message(e)));
    app.exception(SettingsException.class, (e, ctx) -> respond(ctx, 400, message(e)));
    app.exception(WorkspaceException.class, (e, ctx) -> respond(ctx, 503, message(e)));
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            respond(ctx, e.getStatus(), e.getStatus() == 404 ? noSuchPath(ctx) : message(e)));
    app.exception(
        IllegalStateException.class,
        (e, ctx) -> {
          if (message(e).toLowerCase(java.util.Locale.ROOT).contains("exceeds max")) {
            respond(ctx, 413, Uploads.tooLarge(maxUpload));
          } else {
            failed(e, ctx);
          }
        });
    app.exception(Exception.class, this::failed);
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(HANDLED) == null) {
            respond(ctx, 404, noSuchPath(ctx));
          }
        });
  }

  private void failed(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    respond(ctx, 500, "something went wrong: " + AnalysisService.message(e));
  }

  private static String noSuchPath(Context ctx) {
    return api(ctx)
        ? "there is no API path "
            + ctx.method()
            + " "
            + ctx.path()
            + " (the API is described at /api/openapi.json)"
        : "there is no page " + ctx.path();
  }

  private void importProblem(ImportException e, Context ctx) {
    if (api(ctx)) {
      ctx.attribute(HANDLED, true);
      ctx.status(400).json(ApiError.of(e));
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("status", 400);
    model.put("message", ApiError.of(e).error());
    model.put("problems", e.problems().stream().map(ProblemView::of).toList());
    render(ctx, 400, model);
  }

  void respond(Context ctx, int status, String message) {
    if (api(ctx)) {
      ctx.attribute(HANDLED, true);
      ctx.status(status).json(ApiError.of(message));
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("status", status);
    model.put("message", message);
    model.put("problems", List.of());
    render(ctx, status, model);
  }

  private void render(Context ctx, int status, Map<String, Object> model) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    String title = "error." + status;
    Messages messages = Messages.of(Languages.of(ctx));
    model.put("title", messages.getOr(title, messages.get("error.title")));
    model.put("tokenHelp", status == 401);
    pages.render(ctx, "error", model);
  }

  static boolean api(Context ctx) {
    return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
  }

  private static String message(Exception e) {
    return AnalysisService.message(e);
  }
}
