package se.kundfokus.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * A first look at a workspace: what it holds, where it came from, revenue per year and the biggest
 * customers of the last twelve months as of a reference date.
 *
 * @param asOf the reference date: the last sales date unless chosen
 */
public record Overview(
    String version,
    Optional<LocalDate> asOf,
    TableCounts counts,
    List<ImportRecord> imports,
    List<YearRevenue> revenueByYear,
    List<TopCustomer> topCustomers) {

  /** Customers shown in {@link #topCustomers()} by default. */
  public static final int DEFAULT_TOP = 10;

  public Overview {
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    imports = List.copyOf(imports);
    revenueByYear = List.copyOf(revenueByYear);
    topCustomers = List.copyOf(topCustomers);
  }

  /** Revenue of one calendar year. */
  public record YearRevenue(int year, long lines, long customers, double revenue) {}

  /** One of the biggest customers of the twelve months up to the reference date. */
  public record TopCustomer(
      String customerId,
      Optional<String> name,
      double revenue,
      long invoices,
      LocalDate lastPurchase) {}

  /** Computes the overview as of the last sales date. */
  public static Overview of(Workspace workspace, String version) {
    return of(workspace, version, workspace.counts().lastSale(), DEFAULT_TOP);
  }

  /** Computes the overview as of a reference date. */
  public static Overview of(
      Workspace workspace, String version, Optional<LocalDate> asOf, int top) {
    Connection connection = workspace.connection();
    try {
      return new Overview(
          version,
          asOf,
          workspace.counts(),
          workspace.imports(),
          revenueByYear(connection),
          asOf.isPresent() ? topCustomers(connection, asOf.get(), top) : List.of());
    } catch (SQLException e) {
      throw new WorkspaceException("cannot analyse workspace " + workspace.file(), e);
    }
  }

  private static List<YearRevenue> revenueByYear(Connection connection) throws SQLException {
    List<YearRevenue> years = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("analysis/revenue_by_year.sql"))) {
      while (rs.next()) {
        years.add(
            new YearRevenue(
                rs.getInt("year"),
                rs.getLong("lines"),
                rs.getLong("customers"),
                rs.getDouble("revenue")));
      }
    }
    return years;
  }

  private static List<TopCustomer> topCustomers(Connection connection, LocalDate asOf, int top)
      throws SQLException {
    List<TopCustomer> customers = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(SqlResource.load("analysis/top_customers.sql"))) {
      query.setObject(1, asOf);
      query.setObject(2, asOf);
      query.setInt(3, top);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          customers.add(
              new TopCustomer(
                  rs.getString("customer_id"),
                  Optional.ofNullable(rs.getString("name")),
                  rs.getDouble("revenue"),
                  rs.getLong("invoices"),
                  rs.getObject("last_purchase", LocalDate.class)));
        }
      }
    }
    return customers;
  }
}
