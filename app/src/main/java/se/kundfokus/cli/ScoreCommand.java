package se.kundfokus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.ScoringModel;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.history.RunHistory;
import se.kundfokus.history.StoredRun;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.MappingFile;
import se.kundfokus.ingest.Table;
import se.kundfokus.report.JsonOutput;
import se.kundfokus.store.Workspace;

/** {@code kundfokus score}: companies that are not customers yet, against the last run's model. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score companies that are not customers yet against the model of the last analysis.",
      "For each: how much it looks like the best customers (fit 0-100), what comparable"
          + " customers buy, its pain and its segment, with the reasons. Give a file of prospects"
          + " (read like an import; nothing is stored), or one company's attributes with --attr."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kundfokus score --prospects leads.csv --json scored.json",
      "  kundfokus score --attr industry_code=25110 --attr employees=120 --attr sites=3",
      "  kundfokus score --attr \"SNI division=28\" --attr \"Ny inköpschef=ja\" --name \"Ny Verkstad AB\""
    })
final class ScoreCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--prospects",
      paramLabel = "FILE",
      description =
          "A file of prospects (CSV, TSV, text or XLSX), read as kundfokus import reads it.")
  Optional<Path> prospects = Optional.empty();

  @Option(
      names = "--attr",
      paramLabel = "ATTRIBUTE=VALUE",
      description =
          "One attribute of a single company: a register field (industry_code, employees, sites,"
              + " …) or a column of your register, by name. Repeatable.")
  Map<String, String> attributes = new LinkedHashMap<>();

  @Option(names = "--name", paramLabel = "NAME", description = "The single company's name.")
  Optional<String> name = Optional.empty();

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many prospects to print (default: ${DEFAULT-VALUE}; --json has all).")
  int top;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write every scored prospect as JSON.")
  Optional<Path> json = Optional.empty();

  @Mixin ReadOptionsMixin read;

  @Override
  public Integer call() throws Exception {
    if (prospects.isPresent() == !attributes.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give either --prospects FILE or one company's --attr values");
    }
    StoredRun run;
    try (Workspace ws = workspace.openExisting()) {
      run =
          RunHistory.latest(ws)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the workspace "
                              + workspace.file
                              + " holds no analysis yet to score against; run kundfokus analyze"
                              + " first"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Model of run %d (as of %s): %s.%n",
        run.runId(),
        run.asOf(),
        describe(run.model()));
    if (prospects.isEmpty()) {
      ProspectResult one =
          run.model().score("company", name, run.model().profileOf("company", attributes));
      single(out, one);
    } else {
      List<ProspectResult> scored = scoreFile(run.model(), prospects.get());
      table(out, scored);
      if (json.isPresent()) {
        JsonOutput.write(scored, json.get());
        out.println("Every scored prospect is in " + json.get().toAbsolutePath());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Reads the file into a scratch workspace that is deleted afterwards, and scores it. */
  private List<ProspectResult> scoreFile(ScoringModel model, Path file) throws Exception {
    Path scratch = Files.createTempDirectory("kundfokus-score");
    try {
      try (Workspace ws = Workspace.open(scratch.resolve("score.duckdb"), workspace.memory())) {
        ImportRequest.Builder request = ImportRequest.builder().file(Table.PROSPECTS, file);
        request.readOptions(read.readOptions());
        if (read.mappingFile.isPresent()) {
          MappingFile.read(read.mappingFile.get()).applyTo(request);
        }
        read.columnChoices().forEach(request::column);
        try (Progress progress = Progress.onTerminal()) {
          Importer.run(ws, request.build(), progress);
        }
        return model.scoreProspects(DuckDbEngine.of(ws));
      }
    } finally {
      try (var paths = Files.walk(scratch)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String describe(ScoringModel model) {
    if (model.potential().isEmpty()) {
      return "no potential parameters";
    }
    StringBuilder words = new StringBuilder();
    for (ScoringModel.Term t : model.potential()) {
      if (words.length() > 0) {
        words.append("; ");
      }
      words.append(
          String.format(Locale.ROOT, "%s %s (%.0f points)", t.label(), t.rule(), t.points()));
    }
    return words.toString();
  }

  private void table(PrintWriter out, List<ProspectResult> scored) {
    out.printf(Locale.ROOT, "%,d prospects scored, best fit first:%n", scored.size());
    scored.stream()
        .limit(top)
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %3d. %-10s %-36s fit %3.0f  potential %,12.0f  %s%n",
                    p.rank(),
                    p.prospectId(),
                    p.name().orElse(""),
                    p.fit().orElse(0.0),
                    p.potential().orElse(0.0),
                    p.segmentName()));
  }

  private static void single(PrintWriter out, ProspectResult p) {
    out.printf(
        Locale.ROOT,
        "%s: fit %s, potential %s, pain %s: %s.%n",
        p.name().orElse("The company"),
        p.fit().map(f -> String.format(Locale.ROOT, "%.0f", f)).orElse("-"),
        p.potential().map(f -> String.format(Locale.ROOT, "%,.0f a year", f)).orElse("-"),
        p.pain().map(f -> String.format(Locale.ROOT, "%.0f", f)).orElse("-"),
        p.segmentName());
    out.println("  Why: " + p.reasons().segment());
    p.reasons().potential().forEach(r -> out.println("  - " + r));
    p.reasons().pain().forEach(r -> out.println("  - " + r));
  }
}
