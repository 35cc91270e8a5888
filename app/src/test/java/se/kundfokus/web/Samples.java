package se.kundfokus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.config.Settings;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.Workspace;

/** A small generated sample company for the web tests, and waiting for analysis jobs. */
final class Samples {
  /** 150 customers, 3 years, 20 prospects: enough for every list, fast to analyse. */
  static final GenerationOptions SMALL =
      new GenerationOptions().withCustomers(150).withProspects(20).withSeed(20261202L);

  private Samples() {}

  /**
   * Settings that choose the potential parameters the sample company plants (SNI division and
   * sites), so that a small sample is segmented however the proposal turns out; with the sample's
   * pain parameters when asked.
   */
  static Settings settings(boolean withPain) {
    ModelOptions model =
        new ModelOptions()
            .withPotentialParameters(
                List.of(
                    new ParameterSpec("sni_division", Optional.empty(), Optional.empty(), "test"),
                    new ParameterSpec("sites", Optional.empty(), Optional.empty(), "test")));
    if (withPain) {
      model = model.withPain(SampleCompany.painParameters(FileFormat.SWEDISH));
    }
    return new Settings(new AnalysisOptions().withModel(model), Optional.empty());
  }

  static GenerationSummary generate(Path dir) {
    try {
      return SampleCompany.generate(SMALL, dir, n -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workspace with the sample's customers, sales and prospects imported. */
  static Path imported(Path dir, GenerationSummary files) {
    Path file = dir.resolve("imported.duckdb");
    try (Workspace ws = Workspace.open(file)) {
      Importer.run(
          ws,
          ImportRequest.builder()
              .file(Table.CUSTOMERS, files.customersFile())
              .file(Table.SALES, files.salesFile())
              .file(Table.PROSPECTS, files.prospectsFile())
              .build(),
          ImportListener.NONE);
    }
    return file;
  }

  /** Polls a job until it is done or failed (at most two minutes), and returns its last state. */
  static com.fasterxml.jackson.databind.JsonNode await(Http http, long job) {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(until)) {
      com.fasterxml.jackson.databind.JsonNode state = http.get("/api/analyses/" + job).json();
      String s = state.get("state").asText();
      if (s.equals("done") || s.equals("failed")) {
        return state;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("analysis job " + job + " did not finish in two minutes");
  }
}
