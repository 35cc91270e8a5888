package se.kundfokus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path dir;

  @Test
  void createsTheCanonicalTablesInANewFile() {
    Path file = dir.resolve("ws.duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      assertThat(workspace.file()).isEqualTo(file.toAbsolutePath());
      TableCounts counts = workspace.counts();
      assertThat(counts.customers()).isZero();
      assertThat(counts.salesLines()).isZero();
      assertThat(counts.firstSale()).isEmpty();
    }
    assertThat(file).exists();
  }

  @Test
  void reopensAnExistingWorkspaceWithItsData() throws Exception {
    Path file = dir.resolve("ws.duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      workspace.transaction(
          c -> {
            try (Statement s = c.createStatement()) {
              return s.executeUpdate(
                  "INSERT INTO sales (date, customer_id, amount, source_line)"
                      + " VALUES (DATE '2024-03-01', '17', 100.5, 2)");
            }
          });
    }
    try (Workspace workspace = Workspace.open(file)) {
      TableCounts counts = workspace.counts();
      assertThat(counts.salesLines()).isEqualTo(1);
      assertThat(counts.salesAmount()).isEqualTo(100.5);
      assertThat(counts.firstSale()).contains(LocalDate.of(2024, 3, 1));
    }
  }

  @Test
  void rollsBackAppendedRowsWhenTheWorkFails() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      assertThatThrownBy(
              () ->
                  workspace.transaction(
                      c -> {
                        try (Statement s = c.createStatement()) {
                          s.executeUpdate("DELETE FROM sales");
                        }
                        try (DuckDBAppender appender =
                            c.unwrap(DuckDBConnection.class).createAppender("main", "customers")) {
                          for (int i = 0; i < 5000; i++) {
                            appender.beginRow().append("c" + i);
                            for (int k = 0; k < 8; k++) {
                              appender.appendNull();
                            }
                            appender.append(true).append((long) i + 2).endRow();
                          }
                        }
                        throw new IllegalStateException("line 5002 is bad");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("line 5002 is bad");
      assertThat(workspace.counts().customers()).isZero();
    }
  }

  @Test
  void logsImports() {
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      Instant start = Instant.parse("2026-11-22T10:15:30Z");
      workspace.transaction(
          c -> {
            long id = Workspace.nextImportId(c);
            Workspace.logImport(
                c,
                new ImportRecord(
                    id,
                    "sales",
                    "sales.csv",
                    "/data/sales.csv",
                    "sha256:ab",
                    10,
                    9,
                    1,
                    Optional.of("rejects.csv"),
                    "1 credit note",
                    start,
                    start.plusSeconds(2)));
            return id;
          });
      assertThat(workspace.imports())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.importId()).isEqualTo(1);
                assertThat(r.rowsRejected()).isEqualTo(1);
                assertThat(r.rejectsFile()).contains("rejects.csv");
                assertThat(r.startedAt()).isEqualTo(start);
              });
    }
  }

  @Test
  void refusesAFileThatIsNotAWorkspace() throws Exception {
    Path file = dir.resolve("customers.csv");
    Files.writeString(file, "Kundnr;Namn\n1;A\n");
    assertThatThrownBy(() -> Workspace.open(file))
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(
            "cannot open workspace "
                + file
                + ": the file exists and is not a kundfokus (DuckDB) workspace; choose another"
                + " --workspace file");
    assertThat(file).hasContent("Kundnr;Namn\n1;A\n");
  }

  @Test
  void refusesAFolderThatDoesNotExist() {
    Path file = dir.resolve("missing/ws.duckdb");
    assertThatThrownBy(() -> Workspace.open(file))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void opensReadOnlyForReadersOnly() throws Exception {
    Path file = dir.resolve("ws.duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      workspace.transaction(
          c -> {
            try (Statement s = c.createStatement()) {
              return s.executeUpdate(
                  "INSERT INTO sales (date, customer_id, amount, source_line)"
                      + " VALUES (DATE '2024-03-01', '17', 100.5, 2)");
            }
          });
    }
    try (Workspace first = Workspace.openReadOnly(file);
        Workspace second = Workspace.openReadOnly(file)) {
      assertThat(first.counts().salesLines()).isEqualTo(1);
      assertThat(second.imports()).isEmpty();
      assertThatThrownBy(
              () -> {
                try (Statement s = first.connection().createStatement()) {
                  s.executeUpdate("DELETE FROM sales");
                }
              })
          .hasMessageContaining("read-only");
    }
    assertThatThrownBy(() -> Workspace.openReadOnly(dir.resolve("none.duckdb")))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("none.duckdb: there is no such file");
  }
}
