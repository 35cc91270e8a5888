package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.model.segment.SegmentKey;

/**
 * Rebuilds the whole model as of the reference date less the backtest months, and measures it on
 * what happened since: each segment's revenue growth, how much more the prioritised segment grew
 * than all customers, how well the fit score of then found the customers who became best customers,
 * and how well the churn model of then found those who stopped buying.
 */
final class Backtester {
  private final SqlEngine engine;
  private final AnalysisOptions options;
  private final String version;

  Backtester(SqlEngine engine, AnalysisOptions options, String version) {
    this.engine = engine;
    this.options = options;
    this.version = version;
  }

  Backtest run(AnalysisResult now) {
    LocalDate to = now.meta().asOf();
    int months = options.model().backtestMonths();
    LocalDate from = to.minusMonths(months);
    List<String> notes = new ArrayList<>();
    LocalDate first = engine.counts().firstSale().orElse(from);
    if (first.isAfter(from.minusMonths(12))) {
      notes.add(
          "the sales lines start on "
              + first
              + ": the model of "
              + from
              + " rests on "
              + (first.isBefore(from) ? "less than a year" : "no")
              + " of history, so it is weaker than today's");
    }
    if (!first.isBefore(from)) {
      notes.add("there are no sales before " + from + ": nothing to rebuild the model on");
      return new Backtest(
          from, to, months, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), notes);
    }
    AnalysisResult then =
        Analyzer.analyze(
            engine, options.withAsOf(from), version, Optional.empty(), AnalysisListener.NONE);
    Map<String, double[]> before = window(from.minusMonths(months), from);
    Map<String, double[]> after = window(from, to);

    Map<SegmentKey, double[]> segments = new EnumMap<>(SegmentKey.class);
    double allBefore = 0;
    double allAfter = 0;
    for (CustomerResult c : then.customers()) {
      double b = before.getOrDefault(c.customerId(), new double[2])[0];
      double a = after.getOrDefault(c.customerId(), new double[2])[0];
      double[] s = segments.computeIfAbsent(c.segment(), k -> new double[3]);
      s[0]++;
      s[1] += b;
      s[2] += a;
      allBefore += b;
      allAfter += a;
    }
    List<Backtest.SegmentOutcome> outcomes = new ArrayList<>();
    for (SegmentKey key : SegmentKey.values()) {
      double[] s = segments.get(key);
      if (s == null) {
        continue;
      }
      outcomes.add(
          new Backtest.SegmentOutcome(
              key,
              options.model().segments().label(key).name(),
              (long) s[0],
              Analyzer.round(s[1]),
              Analyzer.round(s[2]),
              s[1] > 0 ? Optional.of(Analyzer.round4(s[2] / s[1] - 1)) : Optional.empty()));
    }
    double[] prioritised = segments.get(SegmentKey.PRIORITISE);
    Optional<Double> lift =
        prioritised != null && prioritised[1] > 0 && allBefore > 0 && allAfter > 0
            ? Optional.of(
                Analyzer.round4((prioritised[2] / prioritised[1]) / (allAfter / allBefore)))
            : Optional.empty();
    LocalDate beforeStart = from.minusMonths(months);
    if (first.isAfter(beforeStart.plusDays(1))) {
      notes.add(
          "the revenue before "
              + from
              + " covers only the "
              + java.time.temporal.ChronoUnit.DAYS.between(first, from)
              + " days from "
              + first
              + ", against "
              + months
              + " months after: the growth figures compare periods of unequal length");
    }
    if (engine.counts().registerCustomers() > 0) {
      notes.add(
          "the register's attributes are today's, not as they were on "
              + from
              + ": a rule over a date (a contract's end) or a value that changed since is"
              + " measured as of today");
    }
    return new Backtest(
        from,
        to,
        months,
        outcomes,
        lift,
        fitAuc(then, now),
        outflowAuc(then, before, after),
        notes);
  }

  /** Revenue and orders per customer in (start, end]. */
  private Map<String, double[]> window(LocalDate start, LocalDate end) {
    Map<String, double[]> window = new HashMap<>();
    engine.query(
        "analysis/revenue_between.sql",
        List.of(start, end),
        row ->
            window.put(
                row.string("customer_id"),
                new double[] {row.number("revenue"), row.integer("orders")}));
    return window;
  }

  /** Among customers not best then: did the fit of then rank those who are best now higher? */
  private static Optional<Backtest.Auc> fitAuc(AnalysisResult then, AnalysisResult now) {
    Set<String> bestThen = new HashSet<>(then.bestCohort());
    Set<String> bestNow = new HashSet<>(now.bestCohort());
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (CustomerResult c : then.customers()) {
      if (c.fit().isEmpty() || bestThen.contains(c.customerId())) {
        continue;
      }
      rows.add(new double[] {c.fit().get()});
      labels.add(bestNow.contains(c.customerId()));
    }
    return auc(rows, labels, "became a best customer (among those who were not)");
  }

  /** Among customers buying before: did 1 − P(alive) of then rank those who stopped higher? */
  private static Optional<Backtest.Auc> outflowAuc(
      AnalysisResult then, Map<String, double[]> before, Map<String, double[]> after) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (CustomerResult c : then.customers()) {
      double ordersBefore = before.getOrDefault(c.customerId(), new double[2])[1];
      if (ordersBefore <= 0 || c.probabilityAlive().isEmpty()) {
        continue;
      }
      // Ranked by the chance of having stopped (kept to 4 decimals), ties by the days since the
      // last purchase, which stay below the fourth decimal.
      rows.add(
          new double[] {
            Analyzer.round4(1 - c.probabilityAlive().get())
                + Math.min(c.facts().recencyDays(), 99_999) * 1e-9
          });
      labels.add(after.getOrDefault(c.customerId(), new double[2])[1] <= 0);
    }
    return auc(rows, labels, "stopped buying (among those who bought before)");
  }

  private static Optional<Backtest.Auc> auc(
      List<double[]> rows, List<Boolean> labels, String outcome) {
    double[] scores = new double[rows.size()];
    boolean[] positive = new boolean[rows.size()];
    long count = 0;
    for (int i = 0; i < scores.length; i++) {
      scores[i] = rows.get(i)[0];
      positive[i] = labels.get(i);
      count += positive[i] ? 1 : 0;
    }
    long positives = count;
    long negatives = scores.length - positives;
    return Auc.of(scores, positive)
        .map(v -> new Backtest.Auc(Analyzer.round4(v), positives, negatives, outcome));
  }
}
