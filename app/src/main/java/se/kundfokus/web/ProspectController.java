package se.kundfokus.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.analysis.ProspectResult;

/**
 * The prospect page ({@code /prospects}): check a company that is not a customer yet by entering
 * the attributes the model tests, and see its fit, segment and reasons; the prospects of the
 * workspace, scored. The same as {@code GET /api/prospects} and {@code POST /api/prospects/score}.
 */
final class ProspectController {
  /** Form fields of the attributes are {@code attr.KEY}. */
  static final String PREFIX = "attr.";

  private final ProspectService prospects;
  private final ResultService results;
  private final Pages pages;

  ProspectController(ProspectService prospects, ResultService results, Pages pages) {
    this.prospects = prospects;
    this.results = results;
    this.pages = pages;
  }

  void page(Context ctx) {
    render(ctx, Optional.empty(), Map.of(), "");
  }

  void check(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    ctx.formParamMap()
        .forEach(
            (key, v) -> {
              if (key.startsWith(PREFIX) && !v.isEmpty()) {
                values.put(key.substring(PREFIX.length()), v.get(0));
              }
            });
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    ProspectResult scored = prospects.score(Optional.of(name), values);
    render(ctx, Optional.of(scored), values, name);
  }

  private void render(
      Context ctx, Optional<ProspectResult> scored, Map<String, String> values, String name) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("run", results.run().runId());
    model.put("fields", prospects.fields());
    model.put("values", values);
    model.put("name", name);
    model.put("scored", scored.orElse(null));
    model.put(
        "list",
        results
            .list("prospects", Languages.of(ctx))
            .map(l -> l.first(DashboardController.ROWS_SHOWN))
            .orElseThrow());
    if (scored.isPresent()) {
      model.put(
          "segmentName",
          new Lists(results.result(), Messages.of(Languages.of(ctx)))
              .segmentName(scored.get().segment()));
    }
    model.put("reasons", scored.map(s -> reasons(s)).orElse(List.of()));
    pages.render(ctx, "prospects", model);
  }

  private static List<String> reasons(ProspectResult p) {
    return java.util.stream.Stream.concat(
            p.reasons().potential().stream(), p.reasons().pain().stream())
        .toList();
  }

  void apiList(Context ctx) {
    ctx.json(results.prospects());
  }

  void apiScore(Context ctx) {
    Bodies.ProspectBody body = ctx.bodyAsClass(Bodies.ProspectBody.class);
    ctx.json(prospects.score(body.name(), body.attributes()));
  }
}
