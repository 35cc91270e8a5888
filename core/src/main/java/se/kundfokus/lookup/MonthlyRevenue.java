package se.kundfokus.lookup;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What one customer bought in one calendar month.
 *
 * @param revenue the sum of the month's sales lines (credit notes are negative)
 * @param orders the month's invoices (distinct invoice ids; distinct days without them)
 * @param lines the month's sales lines
 */
public record MonthlyRevenue(YearMonth month, double revenue, long orders, long lines) {
  public MonthlyRevenue {
    Objects.requireNonNull(month, "month must not be null");
    if (orders < 0 || lines < 0) {
      throw new IllegalArgumentException(
          "orders and lines must not be negative, were " + orders + " and " + lines);
    }
  }
}
