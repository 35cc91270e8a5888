package se.kundfokus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.Analyzer;
import se.kundfokus.history.RunHistory;
import se.kundfokus.ingest.BadRowPolicy;
import se.kundfokus.ingest.ImportListener;
import se.kundfokus.ingest.ImportRequest;
import se.kundfokus.ingest.Importer;
import se.kundfokus.ingest.Table;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/** kundfokus forget: a customer and everything derived from it leave the workspace file. */
class ErasureTest {
  private static final String ID = "K-FORGET-ME-4711";
  private static final String NAME = "Glömska Bolaget Särskilt AB";

  private static void write(Path dir) throws IOException {
    StringBuilder customers =
        new StringBuilder("Kundnr;Företagsnamn;Antal anställda;Ny inköpschef\n");
    StringBuilder sales = new StringBuilder("Fakturanr;Fakturadatum;Kundnr;Belopp\n");
    for (int c = 0; c < 60; c++) {
      String id = c == 0 ? ID : "K" + c;
      customers
          .append(id)
          .append(';')
          .append(c == 0 ? NAME : "Bolag " + c + " AB")
          .append(';')
          .append(10 + c)
          .append(';')
          .append(c % 2 == 0 ? "Ja" : "Nej")
          .append('\n');
      for (int m = 1; m <= 12; m++) {
        sales
            .append(c * 100 + m)
            .append(";2025-")
            .append(String.format(Locale.ROOT, "%02d", m))
            .append("-10;")
            .append(id)
            .append(';')
            .append(100 + c * m)
            .append(",50\n");
      }
    }
    // A bad line of the customer, which --keep-going writes to the rejects file.
    sales.append("99999;2025-13-40;").append(ID).append(";12,00\n");
    Files.writeString(dir.resolve("kunder.csv"), customers, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("fakturor.csv"), sales, StandardCharsets.UTF_8);
  }

  private static boolean fileHolds(Path file, String text) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static List<Path> rejectsFiles(Path workspace) throws IOException {
    try (Stream<Path> files = Files.list(Importer.rejectsFolder(workspace))) {
      return files.toList();
    }
  }

  @Test
  void forgetsTheCustomerEverywhereAndLeavesNoTraceInTheFile(@TempDir Path dir) throws Exception {
    write(dir);
    Path file = dir.resolve("ws.duckdb");
    TableCounts before;
    try (Workspace workspace = Workspace.open(file)) {
      Importer.run(
          workspace,
          ImportRequest.builder()
              .file(Table.CUSTOMERS, dir.resolve("kunder.csv"))
              .file(Table.SALES, dir.resolve("fakturor.csv"))
              .policy(BadRowPolicy.REJECT)
              .build(),
          ImportListener.NONE);
      RunHistory.save(
          workspace, Analyzer.analyze(workspace, new AnalysisOptions(), "test"), Clock.systemUTC());
      before = workspace.counts();
    }
    assertThat(fileHolds(file, ID)).as("the test is meaningful: the id is in the file").isTrue();
    assertThat(fileHolds(file, NAME)).as("and so is the name").isTrue();
    assertThat(rejectsFiles(file)).anySatisfy(r -> assertThat(Files.readString(r)).contains(ID));

    ErasureReport report = Erasure.forget(file, Erasure.Entity.CUSTOMER, ID);

    assertThat(report.rows())
        .containsEntry("customers", 1L)
        .containsEntry("sales", 12L)
        .containsEntry("attribute_values", 1L)
        .containsEntry("run_segments", 1L);
    assertThat(report.rejectsFiles()).hasSize(1);
    assertThat(fileHolds(file, ID)).isFalse();
    assertThat(fileHolds(file, NAME)).isFalse();
    for (Path rejects : rejectsFiles(file)) {
      assertThat(Files.readString(rejects, StandardCharsets.UTF_8))
          .doesNotContain(ID)
          .contains("line");
    }
    try (Workspace workspace = Workspace.open(file)) {
      TableCounts after = workspace.counts();
      assertThat(after.customers()).isEqualTo(before.customers() - 1);
      assertThat(after.salesLines()).isEqualTo(before.salesLines() - 12);
      assertThat(workspace.imports()).hasSize(2);
      assertThat(RunHistory.latest(workspace)).isPresent();
    }
  }

  @Test
  void anUnknownIdIsSaidSo(@TempDir Path dir) throws Exception {
    write(dir);
    Path file = dir.resolve("ws.duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      Importer.run(
          workspace,
          ImportRequest.builder().file(Table.CUSTOMERS, dir.resolve("kunder.csv")).build(),
          ImportListener.NONE);
    }

    assertThatThrownBy(() -> Erasure.forget(file, Erasure.Entity.CUSTOMER, "k-forget-me-4711"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the workspace "
                + file
                + " holds no customer with id 'k-forget-me-4711' (ids are compared exactly, as in"
                + " the files)");
  }
}
