package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

class SparkEngineTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = TestSpark.start();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Two customers as Parquet, three sales lines as CSV with other names and an extra column. */
  private Path tables() throws Exception {
    TableFiles.parquet(
        dir.resolve("customers.parquet"),
        "SELECT 'A' AS customer_id, 'Alfa AB' AS name, 12.0 AS employees"
            + " UNION ALL SELECT 'B', 'Beta AB', NULL");
    TableFiles.csv(
        dir.resolve("sales.csv"),
        "Date,Customer_ID,Amount,product_group,extra",
        "2025-01-31,A,100.5,Verktyg,x",
        "2025-03-01,B,-20,Verktyg,y",
        "2025-03-02,,7.25,,z");
    return dir;
  }

  @Test
  void readsParquetAndCsvAndLeavesAbsentTablesEmpty() throws Exception {
    try (SparkEngine engine = SparkEngine.over(spark, tables().toString())) {
      assertThat(engine.counts())
          .isEqualTo(
              new TableCounts(
                  2,
                  2,
                  0,
                  0,
                  3,
                  1,
                  Optional.of(LocalDate.of(2025, 1, 31)),
                  Optional.of(LocalDate.of(2025, 3, 2)),
                  87.75,
                  0));
      assertThat(engine.source()).startsWith("tables " + dir.toUri()).endsWith("(Spark, local[2])");
      assertThat(engine.imports()).isEmpty();
      assertThat(engine.exportFolder()).isEmpty();
      assertThat(
              engine.query(
                  "spark-test/sales_lines.sql",
                  List.of(),
                  r ->
                      r.optionalString("invoice_id").orElse("-")
                          + " "
                          + r.date("date")
                          + " "
                          + r.optionalString("customer_id").orElse("-")
                          + " "
                          + r.number("amount")
                          + " "
                          + r.optionalNumber("cost").isPresent()
                          + " "
                          + r.optionalNumber("source_line").isPresent()))
          .containsExactly(
              "- 2025-01-31 A 100.5 false false",
              "- 2025-03-01 B -20.0 false false",
              "- 2025-03-02 - 7.25 false false");
      assertThat(
              engine.query(
                  "spark-test/customers.sql",
                  List.of(),
                  r ->
                      r.string("name")
                          + " "
                          + r.optionalBoolean("in_register").orElseThrow()
                          + " "
                          + r.optionalString("employees_text").orElse("-")))
          .containsExactly("Alfa AB true 12.0", "Beta AB true -");
    }
  }

  @Test
  void fingerprintsTheInputFiles() throws Exception {
    String first;
    try (SparkEngine engine = SparkEngine.over(spark, tables().toString())) {
      first = engine.dataFingerprint();
    }
    try (SparkEngine engine = SparkEngine.over(spark, dir.toString())) {
      assertThat(engine.dataFingerprint()).isEqualTo(first).matches("sha256:[0-9a-f]{64}");
    }
    TableFiles.csv(dir.resolve("sales.csv"), "date,customer_id,amount", "2025-01-31,A,100.5");
    try (SparkEngine engine = SparkEngine.over(spark, dir.toString())) {
      assertThat(engine.dataFingerprint()).isNotEqualTo(first);
    }
  }

  @Test
  void keepsQueriesAndRowsUntilDropped() throws Exception {
    try (SparkEngine engine = SparkEngine.over(spark, tables().toString())) {
      engine.keepRows(
          "kept_rows",
          List.of(
              new SqlEngine.Column("s", SqlEngine.Type.STRING),
              new SqlEngine.Column("d", SqlEngine.Type.DOUBLE),
              new SqlEngine.Column("n", SqlEngine.Type.LONG),
              new SqlEngine.Column("day", SqlEngine.Type.DATE)),
          List.of(
              List.of("b", 2, 3L, LocalDate.of(2025, 2, 1)),
              List.of("a", 0.5, 7, LocalDate.of(2025, 1, 1))));
      assertThat(
              engine.query(
                  "spark-test/kept_rows.sql",
                  List.of(),
                  r -> r.string("s") + r.number("d") + r.integer("n") + r.date("day")))
          .containsExactly("a0.572025-01-01", "b2.032025-02-01");
      engine.keep("kept_sales", "spark-test/sales_since.sql", List.of(LocalDate.of(2025, 2, 1)));
      assertThat(
              engine.query(
                  "spark-test/kept_sales.sql",
                  List.of(),
                  r -> r.integer("lines") + " " + r.number("amount")))
          .containsExactly("2 -12.75");
      engine.drop("kept_sales");
      engine.drop("kept_sales");
      assertThatThrownBy(() -> engine.query("spark-test/kept_sales.sql", List.of(), r -> 1))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("(spark-test/kept_sales.sql)")
          .hasMessageContaining("kept_sales");
    }
  }

  @Test
  void refusesRowsThatDoNotFitTheirColumns() throws Exception {
    try (SparkEngine engine = SparkEngine.over(spark, tables().toString())) {
      List<SqlEngine.Column> columns = List.of(new SqlEngine.Column("d", SqlEngine.Type.DOUBLE));
      assertThatThrownBy(() -> engine.keepRows("rows", columns, List.of(List.of(1.0, 2.0))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a row of rows has 2 values for 1");
      assertThatThrownBy(() -> engine.keepRows("rows", columns, List.of(List.of("x"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a row of rows has 'x' in column d (expected DOUBLE)");
      assertThatThrownBy(() -> engine.keepRows("sales", columns, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a kept table cannot replace the table sales");
      assertThatThrownBy(() -> engine.drop("Drop Table"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a plain SQL name: Drop Table");
    }
  }

  @Test
  void readsTheColumnsItIsAskedFor() throws Exception {
    try (SparkEngine engine = SparkEngine.over(spark, tables().toString())) {
      assertThatThrownBy(
              () -> engine.query("spark-test/customers.sql", List.of(), r -> r.string("missing")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "spark-test/customers.sql: there is no column missing (the result has customer_id,"
                  + " name, in_register, employees_text)");
      assertThatThrownBy(
              () ->
                  engine.query(
                      "spark-test/customers.sql", List.of(), r -> r.string("employees_text")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("spark-test/customers.sql: column employees_text is NULL");
      assertThatThrownBy(
              () -> engine.query("spark-test/customers.sql", List.of(), r -> r.number("name")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("spark-test/customers.sql: column name is 'Alfa AB', expected a number");
      assertThatThrownBy(
              () -> engine.query("spark-test/customers.sql", List.of(), r -> r.date("name")))
          .hasMessage("spark-test/customers.sql: column name is 'Alfa AB', expected a date");
      assertThatThrownBy(
              () ->
                  engine.query(
                      "spark-test/customers.sql", List.of(), r -> r.optionalBoolean("name")))
          .hasMessage("spark-test/customers.sql: column name is 'Alfa AB', expected true or false");
      assertThatThrownBy(() -> engine.query("spark-test/no_such_table.sql", List.of(), r -> 1))
          .isInstanceOf(WorkspaceException.class)
          .hasMessageStartingWith(
              "cannot analyse tables "
                  + dir.toUri()
                  + " (Spark, local[2]) (spark-test/no_such_table.sql): [TABLE_OR_VIEW_NOT_FOUND]")
          .hasMessageContaining("no_such_table");
    }
  }

  @Test
  void saysWhatIsWrongWithTheTablesFolder() throws Exception {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> SparkEngine.over(spark, missing.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the tables folder "
                + missing
                + " does not exist (expected a folder with customers.parquet,");
    Path file = TableFiles.csv(dir.resolve("sales.csv"), "date,customer_id,amount");
    assertThatThrownBy(() -> SparkEngine.over(spark, file.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the tables location " + file + " is a file;");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> SparkEngine.over(spark, empty.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the tables folder " + empty + " holds none of the tables");
    assertThatThrownBy(() -> SparkEngine.over(spark, "s3a://bucket/tables"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s3a")
        .hasMessageContaining("Hadoop connector");
    assertThatThrownBy(() -> SparkEngine.over(spark, "hdfs://a host/tables"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the tables location hdfs://a host/tables is not a URI");
    assertThatThrownBy(() -> SparkEngine.over(spark, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the tables location is empty (expected a folder or URI)");
  }

  @Test
  void saysWhatIsWrongWithATable() throws Exception {
    Path sales =
        TableFiles.csv(dir.resolve("sales.csv"), "Datum,customer_id,amount", "2025-01-31,A,1");
    assertThatThrownBy(() -> SparkEngine.over(spark, dir.toString()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(
            "table sales in file:"
                + sales
                + " has no column 'date' (expected the columns date, customer_id, amount;"
                + " optional: invoice_id, product_id, product_group, quantity, unit_price, cost,"
                + " margin, source_line; it has Datum, customer_id, amount)");
    Files.delete(sales);
    Files.writeString(dir.resolve("sales.parquet"), "not parquet");
    assertThatThrownBy(() -> SparkEngine.over(spark, dir.toString()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageStartingWith(
            "cannot read table sales from file:"
                + dir.resolve("sales.parquet")
                + " (expected Parquet): ");
    TableFiles.csv(dir.resolve("sales.csv"), "date,customer_id,amount");
    assertThatThrownBy(() -> SparkEngine.over(spark, dir.toString()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(
            "the tables folder "
                + dir
                + " has both sales.parquet and sales.csv (expected one source per table; remove"
                + " one)");
  }

  @Test
  void readsAWorkspaceThroughATemporaryExport() throws Exception {
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
    Path export;
    try (SparkEngine engine = SparkEngine.overWorkspace(spark, file)) {
      assertThat(engine.counts().salesLines()).isEqualTo(1);
      assertThat(engine.source()).isEqualTo("workspace " + file + " (Spark, local[2])");
      export = engine.exportFolder().orElseThrow();
      assertThat(export.resolve("attribute_values.parquet")).exists();
    }
    assertThat(export).doesNotExist();
    assertThatThrownBy(() -> SparkEngine.overWorkspace(spark, dir.resolve("none.duckdb")))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("there is no such file");
  }
}
