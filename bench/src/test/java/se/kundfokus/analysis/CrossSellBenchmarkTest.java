package se.kundfokus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.store.Workspace;

/** The cross-sell benchmark's data and body on a small catalogue, as JMH calls them. */
class CrossSellBenchmarkTest {
  @TempDir Path dir;

  @Test
  void findsTheRulesOfThePopularFamilies() throws Exception {
    CrossSellBenchmark benchmark = new CrossSellBenchmark();
    benchmark.size = "100:20000";
    CrossSellBenchmark.Counts counts = new CrossSellBenchmark.Counts();
    benchmark.write();
    counts.clear();
    CrossSell found;
    try {
      found = benchmark.find(counts);
      benchmark.find(counts);
    } finally {
      benchmark.delete();
    }

    assertThat(found.rules()).isNotEmpty();
    assertThat(counts.rules).isEqualTo(2L * found.rules().size());
    assertThat(counts.recommendations).isEqualTo(2L * found.recommendations().size());
    // the strongest rules lie within a family of ten groups, G00000 to G00009 the most popular
    CrossSellRule strongest = found.rules().get(0);
    assertThat(strongest.antecedent().substring(0, 5))
        .isEqualTo(strongest.consequent().substring(0, 5));
    assertThat(strongest.lift()).isGreaterThan(2);
    // 2,000 customers with at most 100 groups each
    assertThat(counts.basketRows / 2).isBetween(2_000L, 200_000L);
    assertThat(counts.pairRows / 2).isGreaterThan(counts.basketRows / 2);
  }

  @Test
  void writesTheSameLinesForTheSameSeed() throws Exception {
    assertThat(summary("a", 1L)).isEqualTo(summary("b", 1L)).isNotEqualTo(summary("c", 2L));
  }

  @Test
  void refusesACatalogueThatIsNotInFamiliesOfTen() {
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      assertThatThrownBy(() -> SyntheticBaskets.write(workspace, 25, 1_000, 1L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("groups must be a positive multiple of 10, was 25");
      assertThatThrownBy(() -> SyntheticBaskets.write(workspace, 10, 5, 1L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invoices must be at least 10, was 5");
    }
  }

  private String summary(String name, long seed) throws Exception {
    Path file = dir.resolve(name + ".duckdb");
    try (Workspace workspace = Workspace.open(file)) {
      long lines = SyntheticBaskets.write(workspace, 50, 500, seed);
      try (Statement s = workspace.connection().createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT count(*), sum(amount), count(DISTINCT product_group),"
                      + " count(DISTINCT customer_id), min(date), max(date) FROM sales")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(lines);
        assertThat(rs.getLong(4)).isEqualTo(50);
        assertThat(rs.getObject(5, java.time.LocalDate.class))
            .isAfter(SyntheticBaskets.AS_OF.minusDays(730));
        assertThat(rs.getObject(6, java.time.LocalDate.class))
            .isBeforeOrEqualTo(SyntheticBaskets.AS_OF);
        return rs.getLong(1) + " " + rs.getDouble(2) + " " + rs.getLong(3);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
