package se.kundfokus.analysis;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import se.kundfokus.store.Workspace;

/**
 * Seeded synthetic invoice lines for the cross-sell benchmark: {@code invoices} invoices of {@code
 * groups} product groups, ten invoices per customer over the two years before {@link #AS_OF}, one
 * to four lines each.
 *
 * <p>The product groups come in families of ten that are bought together: each customer takes one
 * to three families, and 80 % of its lines are in a group of one of them, the rest in any group.
 * Families are popular in Zipf's proportions (the k-th most popular is chosen 1/k as often as the
 * first), so that the most popular families' pairs pass the default support of 2 % while the long
 * tail of pairs is bought together by a handful of customers only, as in a real catalogue.
 */
final class SyntheticBaskets {
  /** The reference date of the analysis; the invoices are dated in the 730 days before it. */
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  static final int INVOICES_PER_CUSTOMER = 10;
  static final int FAMILY_SIZE = 10;
  static final long DEFAULT_SEED = 20_251_231L;
  private static final int DAYS = 730;
  private static final double IN_FAMILY = 0.8;

  private SyntheticBaskets() {}

  /**
   * Fills the workspace's sales table.
   *
   * @return the number of lines written
   */
  static long write(Workspace workspace, int groups, int invoices, long seed) {
    if (groups < FAMILY_SIZE || groups % FAMILY_SIZE != 0) {
      throw new IllegalArgumentException(
          "groups must be a positive multiple of " + FAMILY_SIZE + ", was " + groups);
    }
    if (invoices < INVOICES_PER_CUSTOMER) {
      throw new IllegalArgumentException(
          "invoices must be at least " + INVOICES_PER_CUSTOMER + ", was " + invoices);
    }
    return workspace.transaction(
        connection -> {
          try (DuckDBAppender sales =
              connection.unwrap(DuckDBConnection.class).createAppender("main", "sales")) {
            return append(sales, groups, invoices, seed);
          }
        });
  }

  private static long append(DuckDBAppender sales, int groups, int invoices, long seed)
      throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    Zipf families = new Zipf(groups / FAMILY_SIZE);
    Zipf anyGroup = new Zipf(groups);
    int customers = invoices / INVOICES_PER_CUSTOMER;
    long line = 1;
    int[] own = new int[3];
    for (int customer = 0; customer < customers; customer++) {
      int owned = 1 + random.nextInt(own.length);
      for (int f = 0; f < owned; f++) {
        own[f] = families.draw(random);
      }
      String customerId = String.format(Locale.ROOT, "C%07d", customer + 1);
      for (int invoice = 0; invoice < INVOICES_PER_CUSTOMER; invoice++) {
        String invoiceId = customerId + "-" + invoice;
        LocalDate date = AS_OF.minusDays(random.nextInt(DAYS));
        int lines = 1 + random.nextInt(4);
        for (int l = 0; l < lines; l++) {
          int group =
              random.nextDouble() < IN_FAMILY
                  ? own[random.nextInt(owned)] * FAMILY_SIZE + random.nextInt(FAMILY_SIZE)
                  : anyGroup.draw(random);
          double amount = Math.round(100 + random.nextDouble() * 4_900) / 1.0;
          sales
              .beginRow()
              .append(invoiceId)
              .append(date)
              .append(customerId)
              .append(String.format(Locale.ROOT, "P%05d-%d", group, l))
              .append(String.format(Locale.ROOT, "G%05d", group))
              .append(1.0)
              .append(amount)
              .append(amount)
              .append(0.7 * amount)
              .appendNull()
              .append(line++)
              .endRow();
        }
      }
    }
    return line - 1;
  }

  /** Draws 0 to n-1, k with a chance in proportion to 1 / (k + 1). */
  private static final class Zipf {
    private final double[] cumulative;

    Zipf(int n) {
      cumulative = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += 1.0 / (k + 1);
        cumulative[k] = sum;
      }
    }

    int draw(SplittableRandom random) {
      double u = random.nextDouble() * cumulative[cumulative.length - 1];
      int found = java.util.Arrays.binarySearch(cumulative, u);
      return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }
  }
}
