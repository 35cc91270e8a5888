package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

class AppendThreadTest {

  @Test
  void appendsEveryRowInOrderOnItsOwnThread() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE t (name VARCHAR, line BIGINT)");
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      String[] threads = new String[1];
      Object[] row = new Object[1];
      try (AppendThread append =
          new AppendThread(
              "t",
              () -> duck.createAppender("main", "t"),
              (appender, values, line) -> {
                threads[0] = Thread.currentThread().getName();
                appender.beginRow().append((String) values[0]).append(line).endRow();
              })) {
        for (int i = 1; i <= 10_000; i++) {
          row[0] = "row " + i; // the caller reuses its array
          append.append(row, i);
        }
      }

      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*), count(DISTINCT name), bool_and(name = 'row ' || line) FROM t")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(10_000);
        assertThat(rs.getLong(2)).isEqualTo(10_000);
        assertThat(rs.getBoolean(3)).isTrue();
      }
      assertThat(threads[0]).isEqualTo("kundfokus-append-t");
    }
  }

  @Test
  void aFailureOnTheAppendThreadIsThrownToTheCallerWithoutBlockingIt() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE t (line BIGINT)");
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      AtomicInteger appended = new AtomicInteger();
      AppendThread append =
          new AppendThread(
              "sales",
              () -> duck.createAppender("main", "t"),
              (appender, values, line) -> {
                if (appended.incrementAndGet() == 3) {
                  throw new SQLException("disk full", "53100");
                }
                appender.beginRow().append(line).endRow();
              });

      assertThatThrownBy(
              () -> {
                try (append) {
                  for (int i = 1; i <= 100_000; i++) {
                    append.append(new Object[] {"x"}, i);
                  }
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessage("cannot append to the sales table: disk full")
          .hasCauseInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("53100"));
      assertThat(appended).hasValue(3);
    }
  }

  @Test
  void aFailureToOpenTheAppenderIsThrownFromClose() {
    AppendThread append =
        new AppendThread(
            "products",
            () -> {
              throw new SQLException("no such table");
            },
            (appender, values, line) -> {});

    assertThatThrownBy(append::close)
        .isInstanceOf(SQLException.class)
        .hasMessage("cannot append to the products table: no such table");
  }
}
