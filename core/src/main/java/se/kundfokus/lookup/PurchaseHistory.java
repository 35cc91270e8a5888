package se.kundfokus.lookup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * A customer's purchases month by month, from the sales lines of a workspace.
 *
 * <p>Each call reads on a connection of its own to the workspace's database, so it neither waits
 * for nor disturbs a write in progress on the workspace's connection (an import or an analysis in
 * another thread), and it sees only what such a write has committed.
 */
public final class PurchaseHistory {
  private PurchaseHistory() {}

  /**
   * Every calendar month from the customer's first purchase to {@code to}, months without purchases
   * included as zeros; empty when the customer bought nothing up to then.
   *
   * @param customerId the customer id as in the workspace
   * @param to the last day to include, usually the reference date of the analysis
   */
  public static List<MonthlyRevenue> monthly(Workspace workspace, String customerId, LocalDate to) {
    Objects.requireNonNull(workspace, "workspace must not be null");
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Map<YearMonth, MonthlyRevenue> bought = new HashMap<>();
    YearMonth first = null;
    try (Connection connection = reader(workspace);
        PreparedStatement query =
            connection.prepareStatement(SqlResource.load("lookup/monthly_revenue.sql"))) {
      query.setString(1, customerId);
      query.setObject(2, to);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          YearMonth month = YearMonth.of(rs.getInt("year"), rs.getInt("month"));
          bought.put(
              month,
              new MonthlyRevenue(
                  month, rs.getDouble("revenue"), rs.getLong("orders"), rs.getLong("lines")));
          if (first == null) {
            first = month;
          }
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException(
          "cannot read the purchases of customer '"
              + customerId
              + "' from workspace "
              + workspace.file(),
          e);
    }
    if (first == null) {
      return List.of();
    }
    List<MonthlyRevenue> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(bought.getOrDefault(m, new MonthlyRevenue(m, 0, 0, 0)));
    }
    return List.copyOf(months);
  }

  /** A second connection to the workspace's database (DuckDB shares it within the process). */
  private static Connection reader(Workspace workspace) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:duckdb:" + workspace.file(), Workspace.connectionProperties());
  }
}
