package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.store.Workspace;

class ExportTablesTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ExportTables.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesEveryTableAsParquet() {
    Path workspace = dir.resolve("ws.duckdb");
    Workspace.open(workspace).close();
    Path tables = dir.resolve("export/tables");
    assertThat(run(workspace.toString(), tables.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            tables.resolve("customers.parquet").toString(),
            tables.resolve("prospects.parquet").toString(),
            tables.resolve("sales.parquet").toString(),
            tables.resolve("products.parquet").toString(),
            tables.resolve("attributes.parquet").toString(),
            tables.resolve("attribute_values.parquet").toString());
    assertThat(tables.resolve("sales.parquet")).isNotEmptyFile();
    // Again, over the files of the first run.
    assertThat(run(workspace.toString(), tables.toString())).isZero();
  }

  @Test
  void saysHowToCallIt() {
    assertThat(run("ws.duckdb")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(
            "Usage: java -cp kundfokus-spark.jar se.kundfokus.spark.ExportTables WORKSPACE"
                + " FOLDER");
  }

  @Test
  void saysWhenThereIsNoWorkspace() {
    Path missing = dir.resolve("none.duckdb");
    assertThat(run(missing.toString(), dir.resolve("out").toString())).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "kundfokus: cannot read workspace "
                + missing
                + ": there is no such file (expected a workspace file)\n");
  }
}
