package se.kundfokus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
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

  @Test
  void setsDuckDbsMemoryLimitAndTemporaryFolder() throws Exception {
    Path spill = dir.resolve("spill/here");
    MemorySettings memory = MemorySettings.defaults().withMemoryLimit(100L << 20);
    try (Workspace workspace =
            Workspace.open(dir.resolve("ws.duckdb"), memory.withTempDirectory(spill));
        Statement s = workspace.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_setting('memory_limit'), current_setting('temp_directory')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("100.0 MiB");
      assertThat(rs.getString(2)).isEqualTo(spill.toAbsolutePath().toString());
    }
    assertThat(spill).isDirectory();
  }

  /** A temporary table beyond the memory limit goes to the temporary folder, not out of memory. */
  @Test
  void spillsToTheTemporaryFolderBeyondTheMemoryLimit() throws Exception {
    Path spill = dir.resolve("spill");
    MemorySettings memory =
        MemorySettings.defaults().withMemoryLimit(64L << 20).withTempDirectory(spill);
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"), memory);
        Statement s = workspace.connection().createStatement()) {
      s.execute(
          "CREATE TEMP TABLE big AS SELECT range AS id, repeat('x', 90) || range AS text"
              + " FROM range(1000000)");
      try (ResultSet rs =
          s.executeQuery("SELECT count(*), sum(size) FROM duckdb_temporary_files()")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
        assertThat(rs.getLong(2)).isGreaterThan(10L << 20);
      }
      try (Stream<Path> files = Files.list(spill)) {
        assertThat(files).isNotEmpty();
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM big")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1_000_000);
        assertThat(rs.getLong(2)).isEqualTo(999_999);
      }
    }
  }

  @Test
  void refusesATemporaryFolderThatIsAFile() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("tmp.txt"), "a file");
    Path file = dir.resolve("ws.duckdb");
    MemorySettings memory = MemorySettings.defaults().withTempDirectory(notAFolder);

    assertThatThrownBy(() -> Workspace.open(file, memory))
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(
            "cannot open workspace "
                + file.toAbsolutePath()
                + ": the folder for temporary files "
                + notAFolder
                + " is not a folder (expected a folder that kundfokus may write to)");
  }
}
