package se.kundfokus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.model.pain.PainKind;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * Column names and values from the user's files reach SQL only as bound values: a column named like
 * an SQL injection is kept as an attribute under its exact name, and nothing is dropped.
 */
class InjectionTest {
  private static final String DROP_SALES = "x\"; DROP TABLE sales; --";
  private static final String DROP_CUSTOMERS = "Robert'); DROP TABLE customers;--";

  @Test
  void columnNamesLikeSqlAreKeptAsNamesAndRunNothing(@TempDir Path dir) throws Exception {
    StringBuilder customers = new StringBuilder();
    customers
        .append("Kundnr;Företagsnamn;\"")
        .append(DROP_SALES.replace("\"", "\"\""))
        .append("\";\"")
        .append(DROP_CUSTOMERS)
        .append("\"\n");
    StringBuilder sales = new StringBuilder("Fakturanr;Fakturadatum;Kundnr;Belopp\n");
    for (int c = 1; c <= 40; c++) {
      customers
          .append(c)
          .append(";\"Företag ")
          .append(c)
          .append(" '; DELETE FROM sales; --\"")
          .append(c % 2 == 0 ? ";ja;" : ";nej;")
          .append(c % 3 == 0 ? "\"1; DROP TABLE imports\"" : "2")
          .append('\n');
      for (int i = 0; i < 12; i++) {
        sales
            .append(c * 100 + i)
            .append(";2025-")
            .append(String.format(java.util.Locale.ROOT, "%02d", i + 1))
            .append("-15;")
            .append(c)
            .append(";")
            .append(100 + c * (c % 2 == 0 ? 50 : 1))
            .append(",00\n");
      }
    }
    Path customersFile = dir.resolve("kunder.csv");
    Path salesFile = dir.resolve("fakturor.csv");
    Files.writeString(customersFile, customers, StandardCharsets.UTF_8);
    Files.writeString(salesFile, sales, StandardCharsets.UTF_8);

    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      Importer.run(
          workspace,
          ImportRequest.builder()
              .file(se.kundfokus.ingest.Table.CUSTOMERS, customersFile)
              .file(se.kundfokus.ingest.Table.SALES, salesFile)
              .build(),
          ImportListener.NONE);
      AnalysisOptions options =
          new AnalysisOptions()
              .withModel(
                  new ModelOptions()
                      .withPain(
                          List.of(
                              new PainSpec(
                                  "Injected", DROP_SALES, "= yes", 1, PainKind.BEHOV, "test"))));

      AnalysisResult result = Analyzer.analyze(workspace, options, "test");
      TableCounts counts = workspace.counts();

      assertThat(counts.salesLines()).isEqualTo(40 * 12);
      assertThat(counts.customers()).isEqualTo(40);
      assertThat(workspace.imports()).hasSize(2);
      assertThat(result.characteristics().attributes())
          .extracting(AttributeEvidence::attribute)
          .contains(DROP_SALES, DROP_CUSTOMERS);
      assertThat(result.pain().parameters().get(0).attribute()).isEqualTo(DROP_SALES);
      assertThat(result.customers())
          .filteredOn(c -> c.customerId().equals("2"))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.pain()).isEqualTo(Optional.of(100.0));
                assertThat(c.name()).contains("Företag 2 '; DELETE FROM sales; --");
              });
    }
  }
}
