package se.kundfokus.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;
import se.kundfokus.store.WorkspaceException;

/**
 * The fact-based customer analysis (step 1 of the method) as of a reference date: customer facts,
 * unwanted outflow, lapsed customers to reactivate, and the best customers. The heavy aggregation
 * is SQL in the engine; the JVM works on one row per customer.
 */
public final class Analyzer {
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  /** A customer is leaving below this probability of still being a customer. */
  static final double LEAVING_BELOW = 0.5;

  private Analyzer() {}

  public static AnalysisResult analyze(
      Workspace workspace, AnalysisOptions options, String version) {
    TableCounts counts = workspace.counts();
    LocalDate asOf =
        options
            .asOf()
            .or(counts::lastSale)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the workspace " + workspace.file() + " has no sales lines to analyse"));
    Connection connection = workspace.connection();
    try {
      List<CustomerFacts> facts = FactsQuery.run(connection, asOf);
      Map<String, CustomerFacts> byId = new HashMap<>();
      facts.forEach(f -> byId.put(f.customerId(), f));

      List<BestCustomer> ranked = new BestCustomers(facts, options.weights()).ranked();
      int cohortSize = (int) Math.ceil(ranked.size() * options.bestCohortShare());
      List<String> cohort =
          ranked.stream().limit(cohortSize).map(BestCustomer::customerId).toList();
      List<BestCustomer> best = ranked.stream().limit(options.bestCount()).toList();

      ChurnPredictions churn = ChurnPredictions.fit(connection, asOf);
      List<LeavingCustomer> leaving = leaving(facts, churn, asOf, options);
      List<DecliningCustomer> declining = declining(facts, options);
      List<PartialOutflow> partial = partialOutflow(connection, asOf, options, byId);
      List<LapsedCustomer> lapsed = lapsed(connection, facts, churn, asOf, options);
      CrossSell crossSell =
          new CrossSellFinder(connection, asOf, counts.firstSale(), options).find(byId);

      double revenue12m = facts.stream().mapToDouble(CustomerFacts::revenue12m).sum();
      double previous = facts.stream().mapToDouble(CustomerFacts::revenuePrevious12m).sum();
      double atRisk =
          leaving.stream().mapToDouble(LeavingCustomer::revenueAtRisk).sum()
              + declining.stream().mapToDouble(DecliningCustomer::revenueAtRisk).sum()
              + partial.stream().mapToDouble(PartialOutflow::revenueAtRisk).sum();
      double reactivation = lapsed.stream().mapToDouble(LapsedCustomer::yearlyRevenueBefore).sum();
      double crossSellPotential =
          crossSell.recommendations().stream()
              .mapToDouble(CrossSellRecommendation::expectedYearlyValue)
              .sum();
      Summary summary =
          new Summary(
              asOf,
              facts.size(),
              facts.stream().filter(CustomerFacts::active).count(),
              round(revenue12m),
              round(previous),
              leaving.size(),
              declining.size(),
              partial.size(),
              lapsed.size(),
              crossSell.recommendations().size(),
              round(atRisk),
              round(reactivation),
              round(crossSellPotential));
      List<ImportRecord> imports = workspace.imports();
      AnalysisResult.Meta meta =
          new AnalysisResult.Meta(
              version, asOf, fingerprint(imports), counts, imports, options.withAsOf(asOf));
      return new AnalysisResult(
          meta,
          summary,
          best,
          cohort,
          new Outflow(leaving, declining, partial),
          lapsed,
          crossSell,
          churn.model(),
          notes(counts, asOf, facts, connection, churn, crossSell),
          facts);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot analyse workspace " + workspace.file(), e);
    }
  }

  /** What the user should know about the data behind this run: what it cannot show, and why. */
  private static List<String> notes(
      TableCounts counts,
      LocalDate asOf,
      List<CustomerFacts> facts,
      Connection connection,
      ChurnPredictions churn,
      CrossSell crossSell)
      throws SQLException {
    List<String> notes = new ArrayList<>();
    LocalDate needed = asOf.minusMonths(24);
    if (counts.firstSale().isPresent() && counts.firstSale().get().isAfter(needed.plusDays(1))) {
      notes.add(
          "the sales lines start on "
              + counts.firstSale().get()
              + "; comparing the last 12 months with the 12 before needs sales from "
              + needed.plusDays(1)
              + ", so growth and declining customers rest on less than a full year before");
    }
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SqlResource.load("analysis/product_groups.sql"))) {
      rs.next();
      if (rs.getLong(1) == 0 && !facts.isEmpty()) {
        notes.add(
            "the sales lines have no product groups, so stopped product groups and cross-selling"
                + " cannot be found (name the column with --map sales.product_group=COLUMN when"
                + " importing)");
      } else if (crossSell.rules().isEmpty() && !facts.isEmpty()) {
        notes.add(
            "no two product groups are bought together clearly more often than by chance, so"
                + " there is nothing to cross-sell (see cross_sell in the settings)");
      }
    }
    churn.note().ifPresent(notes::add);
    return notes;
  }

  /** Customers the churn model gives less than an even chance, who have not lapsed yet. */
  private static List<LeavingCustomer> leaving(
      List<CustomerFacts> facts, ChurnPredictions churn, LocalDate asOf, AnalysisOptions options) {
    LocalDate lapsedBefore = asOf.minusMonths(options.lapsedAfterMonths());
    List<LeavingCustomer> leaving = new ArrayList<>();
    for (CustomerFacts f : facts) {
      Optional<ChurnPredictions.Prediction> prediction = churn.of(f.customerId());
      if (prediction.isEmpty() || f.lastPurchase().isEmpty() || f.ordersTotal() < 2) {
        continue;
      }
      double alive = prediction.get().probabilityAlive();
      LocalDate last = f.lastPurchase().get();
      if (alive >= LEAVING_BELOW || last.isBefore(lapsedBefore)) {
        continue;
      }
      double yearly = (Math.max(0, f.revenue12m()) + Math.max(0, f.revenuePrevious12m())) / 2;
      leaving.add(
          new LeavingCustomer(
              f.customerId(),
              f.name(),
              round4(alive),
              last,
              round(yearly),
              round(yearly * (1 - alive)),
              String.format(
                  Locale.ROOT,
                  "%d orders, the last on %s (%d days ago): at its usual rhythm it would have"
                      + " ordered again; %.0f %% likely still a customer",
                  f.ordersTotal(),
                  last,
                  f.recencyDays(),
                  100 * alive)));
    }
    leaving.sort(
        Comparator.comparingDouble((LeavingCustomer l) -> -l.revenueAtRisk())
            .thenComparing(LeavingCustomer::customerId));
    return leaving;
  }

  static List<DecliningCustomer> declining(List<CustomerFacts> facts, AnalysisOptions options) {
    List<DecliningCustomer> declining = new ArrayList<>();
    for (CustomerFacts f : facts) {
      if (f.active()
          && f.revenuePrevious12m() > 0
          && f.revenue12m() <= (1 - options.declineShare()) * f.revenuePrevious12m()
          && Poisson.atMost(f.orders12m(), (double) f.ordersPrevious12m())
              <= options.significance()) {
        double change = f.revenue12m() / f.revenuePrevious12m() - 1;
        declining.add(
            new DecliningCustomer(
                f.customerId(),
                f.name(),
                round(f.revenue12m()),
                round(f.revenuePrevious12m()),
                round4(change),
                round(f.revenuePrevious12m() - f.revenue12m()),
                String.format(
                    Locale.ROOT,
                    "bought for %,.0f in the last 12 months against %,.0f the 12 months before"
                        + " (%.0f %%), on %d orders against %d (%.1f %% likely at its earlier"
                        + " rate)",
                    f.revenue12m(),
                    f.revenuePrevious12m(),
                    100 * change,
                    f.orders12m(),
                    f.ordersPrevious12m(),
                    100 * Poisson.atMost(f.orders12m(), (double) f.ordersPrevious12m()))));
      }
    }
    declining.sort(
        Comparator.comparingDouble((DecliningCustomer d) -> -d.revenueAtRisk())
            .thenComparing(DecliningCustomer::customerId));
    return declining;
  }

  private static List<PartialOutflow> partialOutflow(
      Connection connection,
      LocalDate asOf,
      AnalysisOptions options,
      Map<String, CustomerFacts> byId)
      throws SQLException {
    LocalDate stop = asOf.minusMonths(options.partialOutflowMonths());
    LocalDate before = stop.minusMonths(12);
    List<PartialOutflow> partial = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(SqlResource.load("analysis/partial_outflow.sql"))) {
      Object[] parameters = {before, stop, stop, stop, before, asOf, stop, asOf};
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("customer_id");
          String group = rs.getString("product_group");
          double revenue = rs.getDouble("revenue_before");
          long orders = rs.getLong("orders_before");
          LocalDate last = rs.getObject("last_purchase", LocalDate.class);
          // No order in the months since the last one, at the group's earlier rate per month.
          double months = ChronoUnit.DAYS.between(last, asOf) / DAYS_PER_MONTH;
          double chance = Math.exp(-orders / 12.0 * months);
          if (chance > options.significance()) {
            continue;
          }
          partial.add(
              new PartialOutflow(
                  id,
                  Optional.ofNullable(byId.get(id)).flatMap(CustomerFacts::name),
                  group,
                  round(revenue),
                  orders,
                  last,
                  round4(chance),
                  String.format(
                      Locale.ROOT,
                      "bought %s on %d orders for %,.0f in the 12 months to %s; nothing since %s"
                          + " (%.1f %% likely at that rate), while still buying other groups",
                      group,
                      orders,
                      revenue,
                      stop,
                      last,
                      100 * chance)));
        }
      }
    }
    return partial;
  }

  private static List<LapsedCustomer> lapsed(
      Connection connection,
      List<CustomerFacts> facts,
      ChurnPredictions churn,
      LocalDate asOf,
      AnalysisOptions options)
      throws SQLException {
    LocalDate lapsedBefore = asOf.minusMonths(options.lapsedAfterMonths());
    LocalDate notBefore = asOf.minusMonths(options.lapsedWithinMonths());
    Map<String, List<LapsedCustomer.GroupRevenue>> groups = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(SqlResource.load("analysis/lapsed_groups.sql"))) {
      query.setObject(1, asOf);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          groups
              .computeIfAbsent(rs.getString("customer_id"), k -> new ArrayList<>())
              .add(
                  new LapsedCustomer.GroupRevenue(
                      rs.getString("product_group"), round(rs.getDouble("revenue"))));
        }
      }
    }
    List<LapsedCustomer> lapsed = new ArrayList<>();
    for (CustomerFacts f : facts) {
      if (f.lastPurchase().isEmpty()) {
        continue;
      }
      LocalDate last = f.lastPurchase().get();
      if (!last.isBefore(lapsedBefore) || last.isBefore(notBefore)) {
        continue;
      }
      List<LapsedCustomer.GroupRevenue> usedToBuy = groups.getOrDefault(f.customerId(), List.of());
      double yearly = usedToBuy.stream().mapToDouble(LapsedCustomer.GroupRevenue::revenue).sum();
      long months = ChronoUnit.MONTHS.between(last, asOf);
      Optional<Double> alive =
          churn.of(f.customerId()).map(ChurnPredictions.Prediction::probabilityAlive);
      lapsed.add(
          new LapsedCustomer(
              f.customerId(),
              f.name(),
              last,
              months,
              round(yearly),
              f.ordersTotal(),
              alive.map(Analyzer::round4),
              round(yearly * alive.orElse(1.0)),
              usedToBuy,
              String.format(
                  Locale.ROOT,
                  "last bought %s (%d months ago) after %d orders; bought for %,.0f in its last 12"
                      + " active months",
                  last,
                  months,
                  f.ordersTotal(),
                  yearly)));
    }
    lapsed.sort(
        Comparator.comparingDouble((LapsedCustomer l) -> -l.priority())
            .thenComparing(LapsedCustomer::customerId));
    return lapsed;
  }

  /** One fingerprint for the data: the SHA-256 of the imported files' fingerprints, in order. */
  static String fingerprint(List<ImportRecord> imports) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ImportRecord record : imports) {
        digest.update(
            (record.table() + "=" + record.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  static double round4(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
