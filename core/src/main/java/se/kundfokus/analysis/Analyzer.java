package se.kundfokus.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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
  private Analyzer() {}

  /** Analyses with these options, without a settings file or a listener. */
  public static AnalysisResult analyze(
      Workspace workspace, AnalysisOptions options, String version) {
    return analyze(workspace, options, version, Optional.empty(), AnalysisListener.NONE);
  }

  /** The steps an analysis reports to its listener. */
  static final List<String> STEPS =
      List.of(
          "customer facts",
          "best customers",
          "churn model",
          "outflow",
          "lapsed customers",
          "cross-selling");

  /**
   * Analyses the workspace.
   *
   * @param version the app version, for the provenance
   * @param settings the settings file the options came from, for the provenance
   * @param listener hears of each step as it starts
   */
  public static AnalysisResult analyze(
      Workspace workspace,
      AnalysisOptions options,
      String version,
      Optional<SettingsSource> settings,
      AnalysisListener listener) {
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
    Steps steps = new Steps(listener);
    try {
      steps.next();
      List<CustomerFacts> facts = FactsQuery.run(connection, asOf);
      Map<String, CustomerFacts> byId = new HashMap<>();
      facts.forEach(f -> byId.put(f.customerId(), f));

      steps.next();
      BestCustomerOptions bestOptions = options.bestCustomers();
      List<BestCustomer> ranked = new BestCustomers(facts, bestOptions.weights()).ranked();
      int cohortSize = (int) Math.ceil(ranked.size() * bestOptions.cohortShare());
      List<String> cohort =
          ranked.stream().limit(cohortSize).map(BestCustomer::customerId).toList();
      List<BestCustomer> best = ranked.stream().limit(bestOptions.count()).toList();

      steps.next();
      ChurnPredictions churn = ChurnPredictions.fit(connection, asOf);
      steps.next();
      OutflowFinder outflow = new OutflowFinder(asOf, options);
      List<LeavingCustomer> leaving = outflow.leaving(facts, churn);
      List<DecliningCustomer> declining = outflow.declining(facts);
      List<PartialOutflow> partial = outflow.stoppedGroups(connection, byId);
      steps.next();
      List<LapsedCustomer> lapsed =
          new LapsedFinder(asOf, options.reactivation()).find(connection, facts, churn);
      steps.next();
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
              version,
              asOf,
              fingerprint(imports),
              counts,
              imports,
              options.withAsOf(asOf),
              settings);
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

  /** Tells the listener of each step as it starts. */
  private static final class Steps {
    private final AnalysisListener listener;
    private int done = -1;

    Steps(AnalysisListener listener) {
      this.listener = listener;
    }

    void next() {
      done++;
      listener.step(STEPS.get(done), done, STEPS.size());
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
