package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;

/**
 * The model page ({@code /model}): the proposed potential parameters with their evidence, the
 * parameters in use, the pain parameters and their weights; choose others and run the model again
 * to see how the segments change. The same as {@code GET} and {@code POST /api/model}.
 */
final class ModelController {
  private final ModelService models;
  private final AnalysisService analyses;
  private final Pages pages;

  ModelController(ModelService models, AnalysisService analyses, Pages pages) {
    this.models = models;
    this.analyses = analyses;
    this.pages = pages;
  }

  void page(Context ctx) {
    ModelService.ModelView view = models.view(Languages.of(ctx));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("view", view);
    model.put("potentialRows", potentialRows(view.chosenPotential()));
    model.put("painRows", painRows(view.chosenPain()));
    model.put("kinds", List.of("behov", "brist"));
    pages.render(ctx, "model", model);
  }

  void rerun(Context ctx) {
    JobView job = models.rerun(ModelForm.of(ctx::formParam));
    ctx.redirect("/analysis/" + job.id() + "?next=/model", HttpStatus.SEE_OTHER);
  }

  void apiModel(Context ctx) {
    ctx.json(models.view(Languages.of(ctx)));
  }

  void apiRerun(Context ctx) {
    Bodies.ModelBody body = ctx.bodyAsClass(Bodies.ModelBody.class);
    JobView job = models.rerun(ModelForm.of(body, analyses.choices()));
    ctx.header("Location", "/api/analyses/" + job.id());
    ctx.status(202).json(job);
  }

  /** A row of the form: what it holds now. */
  public record Row(
      int number, String name, String attribute, String rule, String weight, String kind) {}

  private static List<Row> potentialRows(List<ParameterSpec> chosen) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ModelForm.ROWS; i++) {
      if (i < chosen.size()) {
        ParameterSpec p = chosen.get(i);
        rows.add(new Row(i + 1, "", p.attribute(), p.rule().orElse(""), "", ""));
      } else {
        rows.add(new Row(i + 1, "", "", "", "", ""));
      }
    }
    return rows;
  }

  private static List<Row> painRows(List<PainSpec> chosen) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ModelForm.ROWS; i++) {
      if (i < chosen.size()) {
        PainSpec p = chosen.get(i);
        rows.add(
            new Row(
                i + 1,
                p.name(),
                p.attribute(),
                p.rule(),
                weight(p.weight()),
                ModelForm.kind(p.kind())));
      } else {
        rows.add(new Row(i + 1, "", "", "", "", "behov"));
      }
    }
    return rows;
  }

  private static String weight(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
