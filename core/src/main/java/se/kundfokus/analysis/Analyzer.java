package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.Workspace;

/**
 * The fact-based customer analysis (step 1 of the method) as of a reference date: customer facts,
 * unwanted outflow, lapsed customers to reactivate, and the best customers. The heavy aggregation
 * is SQL in the engine; the JVM works on one row per customer.
 */
public final class Analyzer {
  private Analyzer() {}

  /** Analyses a workspace with these options, without a settings file or a listener. */
  public static AnalysisResult analyze(
      Workspace workspace, AnalysisOptions options, String version) {
    return analyze(
        DuckDbEngine.of(workspace), options, version, Optional.empty(), AnalysisListener.NONE);
  }

  /** Analyses a workspace in its own DuckDB engine. */
  public static AnalysisResult analyze(
      Workspace workspace,
      AnalysisOptions options,
      String version,
      Optional<SettingsSource> settings,
      AnalysisListener listener) {
    return analyze(DuckDbEngine.of(workspace), options, version, settings, listener);
  }

  /** The steps an analysis reports to its listener. */
  static final List<String> STEPS =
      List.of(
          "customer facts",
          "best customers",
          "churn model",
          "outflow",
          "lapsed customers",
          "potential, pain and segments",
          "cross-selling");

  /**
   * Analyses the canonical tables in an engine.
   *
   * @param version the app version, for the provenance
   * @param settings the settings file the options came from, for the provenance
   * @param listener hears of each step as it starts
   */
  public static AnalysisResult analyze(
      SqlEngine engine,
      AnalysisOptions options,
      String version,
      Optional<SettingsSource> settings,
      AnalysisListener listener) {
    TableCounts counts = engine.counts();
    LocalDate asOf =
        options
            .asOf()
            .or(counts::lastSale)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the " + engine.source() + " has no sales lines to analyse"));
    Steps steps = new Steps(listener);
    steps.next();
    List<CustomerFacts> facts = FactsQuery.run(engine, asOf);
    Map<String, CustomerFacts> byId = new HashMap<>();
    facts.forEach(f -> byId.put(f.customerId(), f));

    steps.next();
    BestCustomerOptions bestOptions = options.bestCustomers();
    List<BestCustomer> ranked = new BestCustomers(facts, bestOptions.weights()).ranked();
    int cohortSize = (int) Math.ceil(ranked.size() * bestOptions.cohortShare());
    List<String> cohort = ranked.stream().limit(cohortSize).map(BestCustomer::customerId).toList();
    List<BestCustomer> best = ranked.stream().limit(bestOptions.count()).toList();
    steps.next();
    ChurnPredictions churn = ChurnPredictions.fit(engine, asOf);
    steps.next();
    OutflowFinder outflows = new OutflowFinder(asOf, options);
    List<LeavingCustomer> leaving = outflows.leaving(facts, churn);
    List<DecliningCustomer> declining = outflows.declining(facts);
    List<PartialOutflow> partial = outflows.stoppedGroups(engine, byId);
    steps.next();
    List<LapsedCustomer> lapsed =
        new LapsedFinder(asOf, options.reactivation()).find(engine, facts, churn);
    steps.next();
    Outflow outflow = new Outflow(leaving, declining, partial);
    ModelBuilder.Built model =
        new ModelBuilder(engine, asOf, options.model())
            .build(facts, ranked, cohort, churn, outflow, lapsed);
    steps.next();
    CrossSell crossSell = new CrossSellFinder(engine, asOf, counts.firstSale(), options).find(byId);

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
    List<ImportRecord> imports = engine.imports();
    AnalysisResult.Meta meta =
        new AnalysisResult.Meta(
            version,
            asOf,
            engine.dataFingerprint(),
            counts,
            imports,
            options.withAsOf(asOf),
            settings);
    return new AnalysisResult(
        meta,
        summary,
        best,
        cohort,
        outflow,
        lapsed,
        crossSell,
        churn.model(),
        model.characteristics(),
        model.potential(),
        model.pain(),
        model.segments(),
        model.prospects(),
        Optional.empty(),
        Optional.empty(),
        notes(counts, asOf, facts, engine, churn, crossSell),
        model.customers(),
        model.scoring());
  }

  /**
   * The result with a backtest: the whole model rebuilt as of the reference date less the backtest
   * months (see {@link ModelOptions#backtestMonths()}), measured on what happened since.
   */
  public static AnalysisResult backtest(
      SqlEngine engine, AnalysisResult result, AnalysisOptions options, String version) {
    return result.withBacktest(new Backtester(engine, options, version).run(result));
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
      SqlEngine engine,
      ChurnPredictions churn,
      CrossSell crossSell) {
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
    long linesWithGroup =
        engine.query("analysis/product_groups.sql", List.of(), row -> row.integer("lines")).get(0);
    if (linesWithGroup == 0 && !facts.isEmpty()) {
      notes.add(
          "the sales lines have no product groups, so stopped product groups and cross-selling"
              + " cannot be found (name the column with --map sales.product_group=COLUMN when"
              + " importing)");
    } else if (crossSell.rules().isEmpty() && !facts.isEmpty()) {
      notes.add(
          "no two product groups are bought together clearly more often than by chance, so"
              + " there is nothing to cross-sell (see cross_sell in the settings)");
    }
    long withoutSales =
        engine
            .query(
                "analysis/register_without_sales.sql",
                List.of(asOf),
                row -> row.integer("customers"))
            .get(0);
    if (withoutSales > 0) {
      notes.add(
          withoutSales
              + (withoutSales == 1 ? " company" : " companies")
              + " of the customer register "
              + (withoutSales == 1 ? "has" : "have")
              + " no sales lines up to "
              + asOf
              + ", so "
              + (withoutSales == 1 ? "it is" : "they are")
              + " in no list (score them as prospects to see how they fit)");
    }
    churn.note().ifPresent(notes::add);
    return notes;
  }

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  static double round4(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
