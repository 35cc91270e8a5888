package se.kundfokus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.Backtest;
import se.kundfokus.analysis.BestCustomer;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.SegmentMovements;
import se.kundfokus.analysis.SegmentSummary;
import se.kundfokus.analysis.Summary;
import se.kundfokus.model.potential.WeightedParameter;
import se.kundfokus.model.profile.Characteristics;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentationOptions;

/** What {@code analyze} and {@code demo} print of a result: a summary of each step. */
final class ResultPrinter {
  private ResultPrinter() {}

  /** Every step, in the order of the method. */
  static void print(PrintWriter out, AnalysisResult result) {
    facts(out, result);
    out.println();
    model(out, result);
    result.movements().ifPresent(m -> movements(out, m, result));
    result.backtest().ifPresent(b -> backtest(out, b));
  }

  /** The summary of step 1 and the best customers. */
  static void facts(PrintWriter out, AnalysisResult result) {
    Summary s = result.summary();
    out.printf(
        Locale.ROOT,
        "As of %s: %,d customers, %,d of them buying in the last 12 months, revenue %,.0f"
            + " (the 12 months before: %,.0f).%n",
        s.asOf(),
        s.customers(),
        s.activeCustomers(),
        s.revenue12m(),
        s.revenuePrevious12m());
    out.printf(
        Locale.ROOT,
        "Revenue at risk: %,.0f a year (%,d customers leaving, %,d declining, %,d product groups"
            + " stopped).%n",
        s.revenueAtRisk(),
        s.leavingCustomers(),
        s.decliningCustomers(),
        s.partialOutflows());
    out.printf(
        Locale.ROOT,
        "Reactivation potential: %,.0f a year of revenue from %,d lapsed customers.%n",
        s.reactivationPotential(),
        s.lapsedCustomers());
    out.printf(
        Locale.ROOT,
        "Cross-sell potential: %,.0f a year from %,d product groups to offer (%,d rules between"
            + " product groups).%n",
        s.crossSellPotential(),
        s.crossSellRecommendations(),
        result.crossSell().rules().size());
    result
        .churnModel()
        .ifPresent(
            m ->
                out.printf(
                    Locale.ROOT,
                    "Churn model (BG/NBD, weeks): r %.3f, alpha %.3f, a %.3f, b %.3f,"
                        + " log-likelihood %.1f on %,d customers.%n",
                    m.r(),
                    m.alpha(),
                    m.a(),
                    m.b(),
                    m.logLikelihood(),
                    m.customers()));
    result.notes().forEach(n -> out.println("Note: " + n));
    out.println();
    out.println("Best customers (score 0-100: revenue, margin, growth, frequency, breadth):");
    for (BestCustomer b : result.bestCustomers()) {
      out.printf(
          Locale.ROOT,
          "  %2d. %-8s %-40s %5.1f%n",
          b.rank(),
          b.customerId(),
          b.name().orElse(""),
          b.score());
    }
  }

  /** Steps 2 to 4: what makes the best customers, the segments and the prospects. */
  static void model(PrintWriter out, AnalysisResult result) {
    Characteristics c = result.characteristics();
    out.printf(
        Locale.ROOT,
        "What makes the best customers (%,d best of %,d active customers, %.0f %%):%n",
        c.bestCustomers(),
        c.customers(),
        100 * c.bestShare());
    List<WeightedParameter> parameters = result.potential().parameters();
    if (parameters.isEmpty()) {
      c.notes().forEach(n -> out.println("  " + n));
    }
    for (int i = 0; i < parameters.size(); i++) {
      WeightedParameter p = parameters.get(i);
      out.printf(
          Locale.ROOT,
          "  %d. %s: %.1f times as likely to be a best customer%s; %.0f points%n",
          i + 1,
          p.description(),
          p.lift(),
          i == 0 ? "" : " beyond the above",
          p.points());
    }
    if (!parameters.isEmpty() && result.potential().source().equals("settings")) {
      out.println("  (parameters chosen in the settings)");
    }
    result.pain().note().ifPresent(n -> out.println("Pain: " + n + "."));
    result
        .pain()
        .parameters()
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "Pain: %s (%s, %s), weight %s%n",
                    p.name(),
                    p.description(),
                    p.kind().words(),
                    ResultPrinter.plain(p.weight())));
    SegmentationOptions segments = result.meta().options().model().segments();
    out.printf(
        Locale.ROOT,
        "Segments (high potential: fit >= %.0f; high pain: pain >= %.0f):%n",
        segments.highPotentialFrom(),
        segments.highPainFrom());
    for (SegmentSummary s : result.segments()) {
      out.printf(
          Locale.ROOT,
          "  %-18s %,7d customers, revenue %,14.0f, potential %,14.0f; %,d prospects%n",
          s.name(),
          s.customers(),
          s.revenue12m(),
          s.potential(),
          s.prospects());
    }
    List<ProspectResult> prospects = result.prospects();
    if (!prospects.isEmpty()) {
      long high =
          prospects.stream()
              .filter(p -> p.fit().orElse(0.0) >= segments.highPotentialFrom())
              .count();
      out.printf(
          Locale.ROOT,
          "Prospects: %,d scored, %,d look like the best customers. The first:%n",
          prospects.size(),
          high);
      prospects.stream()
          .limit(5)
          .forEach(
              p ->
                  out.printf(
                      Locale.ROOT,
                      "  %2d. %-8s %-40s fit %3.0f, potential %,12.0f  %s%n",
                      p.rank(),
                      p.prospectId(),
                      p.name().orElse(""),
                      p.fit().orElse(0.0),
                      p.potential().orElse(0.0),
                      p.segmentName()));
    }
  }

  private static void movements(PrintWriter out, SegmentMovements m, AnalysisResult result) {
    long moved = m.movers().size();
    out.printf(
        Locale.ROOT,
        "Since run %d (as of %s): %,d customers in another segment%s%n",
        m.previousRun(),
        m.previousAsOf(),
        moved,
        moved == 0 ? "." : ":");
    m.flows().stream()
        .limit(6)
        .forEach(
            f ->
                out.printf(
                    Locale.ROOT,
                    "  %,6d %s -> %s%n",
                    f.customers(),
                    f.from().map(k -> name(result, k)).orElse("new"),
                    name(result, f.to())));
  }

  private static String name(AnalysisResult result, SegmentKey key) {
    return result.meta().options().model().segments().label(key).name();
  }

  private static void backtest(PrintWriter out, Backtest b) {
    out.printf(
        Locale.ROOT,
        "Backtest: the model rebuilt as of %s, measured on the %d months to %s:%n",
        b.from(),
        b.months(),
        b.to());
    for (Backtest.SegmentOutcome s : b.segments()) {
      out.printf(
          Locale.ROOT,
          "  %-18s %,7d customers, revenue %,14.0f -> %,14.0f (%s)%n",
          s.name(),
          s.customers(),
          s.revenueBefore(),
          s.revenueAfter(),
          s.growth().map(g -> String.format(Locale.ROOT, "%+.0f %%", 100 * g)).orElse("new"));
    }
    b.prioritisedLift()
        .ifPresent(
            l ->
                out.printf(
                    Locale.ROOT,
                    "  The prioritised segment grew %.2f times as much as all customers.%n",
                    l));
    b.fitAuc().ifPresent(a -> auc(out, "fit score", a));
    b.outflowAuc().ifPresent(a -> auc(out, "churn model", a));
    b.notes().forEach(n -> out.println("  Note: " + n));
  }

  private static void auc(PrintWriter out, String what, Backtest.Auc a) {
    out.printf(
        Locale.ROOT,
        "  AUC of the %s for \"%s\": %.2f (%,d of %,d customers; 0.5 is chance).%n",
        what,
        a.outcome(),
        a.value(),
        a.positives(),
        a.positives() + a.negatives());
  }

  static String plain(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
