package se.kundfokus.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.generate.FileFormat;
import se.kundfokus.generate.GenerationOptions;
import se.kundfokus.generate.GenerationSummary;
import se.kundfokus.generate.SampleCompany;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.Workspace;

/**
 * Results of a small generated sample company, analysed once per test run with a backtest: as
 * generated, and with hostile customer names and region values (markup, quotes, {@code </script>},
 * entities, Swedish letters, an emoji and formula starts).
 */
final class SampleResults {
  /** Names that must reach every output exactly as written, and run nowhere. */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script> AB",
          "Citat \"dubbla\" & 'enkla' HB",
          "</script><img src=x onerror=alert(2)>",
          "&amp; &lt;b&gt; Entiteter",
          "Åkesson & Söner Örebro ÄÖÅ åäö",
          "Raket 🚀 Industri",
          "=HYPERLINK(\"http://evil\",\"klick\")",
          "+46 Telefon AB",
          "-1 Minus AB",
          "@SUM(A1) Kalkyl");

  /** The name of an attribute column, hostile too. */
  static final String HOSTILE_ATTRIBUTE = "<i>Bolag</i> \"typ\" </script> 🚀";

  /** The values of that column. */
  static final List<String> HOSTILE_VALUES =
      List.of("<b>AB</b>", "\"HB\" & 'KB'", "</script><script>alert(3)</script>");

  private static @Nullable AnalysisResult plain;
  private static @Nullable AnalysisResult hostile;

  private SampleResults() {}

  static synchronized AnalysisResult plain() {
    if (plain == null) {
      plain = analyse(false);
    }
    return plain;
  }

  static synchronized AnalysisResult hostile() {
    if (hostile == null) {
      hostile = analyse(true);
    }
    return hostile;
  }

  private static AnalysisResult analyse(boolean hostileNames) {
    try {
      Path dir = Files.createTempDirectory("kundfokus-report");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      GenerationSummary sample =
          SampleCompany.generate(
              new GenerationOptions()
                  .withCustomers(800)
                  .withYears(3)
                  .withProspects(40)
                  .withFormat(FileFormat.ENGLISH),
              dir.resolve("data"),
              n -> {});
      Path customers = sample.customersFile();
      if (hostileNames) {
        customers = rewrite(customers, dir.resolve("customers-hostile.csv"));
      }
      try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
        Importer.run(
            workspace,
            ImportRequest.builder()
                .file(Table.CUSTOMERS, customers)
                .file(Table.SALES, sample.salesFile())
                .file(Table.PRODUCTS, sample.productsFile())
                .file(Table.PROSPECTS, sample.prospectsFile())
                .build(),
            ImportListener.NONE);
        AnalysisOptions options =
            new AnalysisOptions()
                .withModel(
                    new ModelOptions().withPain(SampleCompany.painParameters(FileFormat.ENGLISH)));
        AnalysisResult result = Analyzer.analyze(workspace, options, "0.1.0-test");
        return Analyzer.backtest(DuckDbEngine.of(workspace), result, options, "0.1.0-test");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The customer register with every customer's name made hostile (cycling through {@link
   * #HOSTILE}, numbered so that names stay unique), and the company type column renamed {@link
   * #HOSTILE_ATTRIBUTE} with the values {@link #HOSTILE_VALUES}.
   */
  private static Path rewrite(Path from, Path to) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(from)) {
      reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
    }
    List<String> header = rows.get(0);
    int name = header.indexOf("Company name");
    int type = header.indexOf("Company type");
    if (name < 0 || type < 0) {
      throw new IllegalStateException("unexpected customer columns " + header);
    }
    header.set(type, HOSTILE_ATTRIBUTE);
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      row.set(name, HOSTILE.get((i - 1) % HOSTILE.size()) + " " + i);
      row.set(type, HOSTILE_VALUES.get(Math.floorMod(row.get(type).hashCode(), 3)));
    }
    try (CsvWriter writer = CsvWriter.builder().build(to, StandardCharsets.UTF_8)) {
      rows.forEach(writer::writeRecord);
    }
    return to;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
