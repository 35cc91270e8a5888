package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.store.Workspace;

/** The Spark side of the canonical tables follows core's schema.sql, column by column. */
class CanonicalTablesTest {
  private static final Map<String, String> SPARK_TYPE =
      Map.of(
          "VARCHAR", "string",
          "DOUBLE", "double",
          "BIGINT", "bigint",
          "INTEGER", "int",
          "DATE", "date",
          "BOOLEAN", "boolean");

  @TempDir Path dir;

  @Test
  void haveTheColumnsOfTheWorkspaceSchema() throws Exception {
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"));
        PreparedStatement columns =
            workspace
                .connection()
                .prepareStatement(
                    "SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_name = ? ORDER BY ordinal_position")) {
      for (CanonicalTables.Table table : CanonicalTables.ALL) {
        columns.setString(1, table.name());
        List<String> expected = new ArrayList<>();
        try (ResultSet rs = columns.executeQuery()) {
          while (rs.next()) {
            expected.add(rs.getString(1) + " " + SPARK_TYPE.get(rs.getString(2)));
          }
        }
        List<String> actual = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
          actual.add(field.name() + " " + field.dataType().simpleString());
        }
        assertThat(actual).as(table.name()).isEqualTo(expected);
      }
    }
  }

  @Test
  void describeTheirColumnsForMessages() {
    assertThat(CanonicalTables.ALL.get(4).describe())
        .isEqualTo("the columns entity, name, kind, position");
  }
}
