package se.kundfokus.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/** Writes small table files for tests: Parquet through an in-memory DuckDB, CSV as text. */
final class TableFiles {
  private TableFiles() {}

  /** Writes the rows of a SELECT as a Parquet file. */
  static Path parquet(Path file, String select) throws Exception {
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement copy =
            duckdb.prepareStatement("COPY (" + select + ") TO ? (FORMAT PARQUET)")) {
      copy.setString(1, file.toString());
      copy.execute();
    }
    return file;
  }

  static Path csv(Path file, String... lines) throws Exception {
    return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
