package se.kundfokus.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.ingest.ColumnChoice;
import se.kundfokus.ingest.ImportException;
import se.kundfokus.ingest.Table;

/**
 * The import page ({@code /import}): upload the files, see how each column was understood and what
 * is wrong, choose other columns, import. And the same as {@code POST /api/uploads} and {@code POST
 * /api/imports}.
 */
final class ImportController {
  static final int EXTRA_CHOICES = 3;

  private final ImportService imports;
  private final ResultService results;
  private final Pages pages;

  ImportController(ImportService imports, ResultService results, Pages pages) {
    this.imports = imports;
    this.results = results;
    this.pages = pages;
  }

  void page(Context ctx) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("status", results.status());
    model.put("tables", tables());
    pages.render(ctx, "import", model);
  }

  void upload(Context ctx) {
    Uploads.Upload upload = imports.uploads().store(parts(ctx));
    check(ctx, upload.id(), List.of());
  }

  void recheck(Context ctx) {
    check(ctx, required(ctx, "upload"), choices(ctx));
  }

  void commit(Context ctx) {
    String uploadId = required(ctx, "upload");
    List<ColumnChoice> choices = choices(ctx);
    boolean keepGoing = "on".equals(ctx.formParam("keep_going"));
    try {
      ImportOutcome outcome = imports.commit(uploadId, choices, keepGoing);
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("outcome", outcome);
      model.put("status", results.status());
      pages.render(ctx, "import-done", model);
    } catch (ImportException e) {
      // Nothing was imported: show the check again, with the mapping and every problem.
      ctx.status(400);
      check(ctx, uploadId, choices);
    }
  }

  void apiUpload(Context ctx) {
    Uploads.Upload upload = imports.uploads().store(parts(ctx));
    List<Map<String, Object>> files = new ArrayList<>();
    upload.files().values().stream()
        .sorted((a, b) -> a.table().compareTo(b.table()))
        .forEach(
            f -> {
              Map<String, Object> file = new LinkedHashMap<>();
              file.put("table", f.table().label());
              file.put("name", f.originalName());
              file.put("size", f.size());
              files.add(file);
            });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("upload_id", upload.id());
    body.put("files", files);
    ctx.status(201).json(body);
  }

  void apiImport(Context ctx) {
    Bodies.ImportBody body = ctx.bodyAsClass(Bodies.ImportBody.class);
    List<ColumnChoice> choices = new ArrayList<>();
    for (Bodies.ColumnBody c : body.columns().orElse(List.of())) {
      choices.add(new ColumnChoice(Table.parse(c.table()), c.field(), c.column()));
    }
    ImportOutcome outcome =
        body.commit()
            ? imports.commit(body.uploadId(), choices, body.keepGoing().orElse(false))
            : imports.check(body.uploadId(), choices);
    ctx.json(outcome);
  }

  private void check(Context ctx, String uploadId, List<ColumnChoice> choices) {
    try {
      ImportOutcome outcome = imports.check(uploadId, choices);
      render(
          ctx, uploadId, Optional.of(outcome), outcome.problems(), outcome.problemCount(), choices);
    } catch (ImportException e) {
      ctx.status(400);
      render(ctx, uploadId, Optional.empty(), problems(e), e.problemCount(), choices);
    }
  }

  private void render(
      Context ctx,
      String uploadId,
      Optional<ImportOutcome> outcome,
      List<ProblemView> problems,
      long problemCount,
      List<ColumnChoice> choices) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("upload", uploadId);
    model.put("outcome", outcome.orElse(null));
    model.put("problems", problems);
    model.put("problemCount", problemCount);
    model.put("tables", tables());
    model.put("fields", fields());
    model.put("extras", extras(outcome, choices));
    pages.render(ctx, "import-check", model);
  }

  private static List<ProblemView> problems(ImportException e) {
    return e.problems().stream().map(ProblemView::of).toList();
  }

  /** The files of the form or body: one per table, empty file inputs left out. */
  static List<Uploads.Part> parts(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw HttpProblem.badRequest(
          "an upload is a multipart/form-data request with the files in the fields customers,"
              + " sales, products and prospects");
    }
    List<Uploads.Part> parts = new ArrayList<>();
    for (Table table : Table.values()) {
      for (UploadedFile file : ctx.uploadedFiles(table.label())) {
        String name = file.filename();
        if (file.size() > 0 || !name.isBlank()) {
          parts.add(new Uploads.Part(table, name, file.content()));
          break;
        }
      }
    }
    return parts;
  }

  /**
   * The columns the form chose: {@code col.TABLE.N} (a field, where it differs from {@code
   * was.TABLE.N}) for the column {@code name.TABLE.N}, and the rows {@code extra.N.table}, {@code
   * extra.N.field}, {@code extra.N.column}.
   */
  static List<ColumnChoice> choices(Context ctx) {
    List<ColumnChoice> choices = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
      String key = e.getKey();
      if (!key.startsWith("col.") || e.getValue().isEmpty()) {
        continue;
      }
      String field = e.getValue().get(0).strip();
      String rest = key.substring(4);
      String was = Optional.ofNullable(ctx.formParam("was." + rest)).orElse("");
      String column = ctx.formParam("name." + rest);
      int dot = rest.indexOf('.');
      if (field.isEmpty() || field.equals(was) || column == null || dot < 0) {
        continue;
      }
      choices.add(new ColumnChoice(Table.parse(rest.substring(0, dot)), field, column));
    }
    for (int row = 1; row <= EXTRA_CHOICES; row++) {
      String table = ctx.formParam("extra." + row + ".table");
      String field = ctx.formParam("extra." + row + ".field");
      String column = ctx.formParam("extra." + row + ".column");
      if (table != null
          && field != null
          && column != null
          && !table.isBlank()
          && !field.isBlank()
          && !column.isBlank()) {
        choices.add(new ColumnChoice(Table.parse(table), field.strip(), column.strip()));
      }
    }
    return choices;
  }

  private static String required(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null || value.isBlank()) {
      throw HttpProblem.badRequest(
          "the form lacks the field '" + name + "'; upload the files again");
    }
    return value;
  }

  static List<String> tables() {
    return List.of("customers", "sales", "products", "prospects");
  }

  private static Map<String, List<String>> fields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      fields.put(table.label(), ImportFields.of(table));
    }
    return fields;
  }

  /** Choices made in the extra rows (not on a column of a file shown), to show them again. */
  private static List<ColumnChoice> extras(
      Optional<ImportOutcome> outcome, List<ColumnChoice> choices) {
    List<ColumnChoice> extras = new ArrayList<>();
    for (ColumnChoice c : choices) {
      boolean shown =
          outcome.isPresent()
              && outcome.get().files().stream()
                  .filter(f -> f.table().equals(c.table().label()))
                  .flatMap(f -> f.columns().stream())
                  .anyMatch(col -> col.choice().equals(c.column()));
      if (!shown) {
        extras.add(c);
      }
    }
    return extras;
  }
}
