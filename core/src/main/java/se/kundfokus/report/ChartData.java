package se.kundfokus.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.GroupEvidence;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * The numbers behind the report's charts, computed from a result: the Pareto curve of revenue, the
 * lift of the best customers' characteristics and the potential × pain matrix. The report shows
 * each chart's numbers in a table too.
 */
final class ChartData {
  /** The most points the Pareto curve is drawn with; its table has the exact deciles. */
  static final int PARETO_POINTS = 200;

  /** The most customers the matrix shows: those with the most revenue. */
  static final int MATRIX_POINTS = 3000;

  /** The most values or bands of one attribute among the lift bars. */
  static final int GROUPS_PER_ATTRIBUTE = 12;

  /** A segment's colour: calm, and told apart in grey print too. */
  static String colour(SegmentKey key) {
    return switch (key) {
      case PRIORITISE -> "#2e7d32";
      case AWAKEN_NEED -> "#1565c0";
      case SERVE_EFFICIENTLY -> "#ef8c00";
      case DEPRIORITISE -> "#8d8d8d";
      case NOT_SEGMENTED -> "#c7c7c7";
    };
  }

  private ChartData() {}

  /**
   * The Pareto curve: customers with revenue in the last 12 months, biggest first; x the share of
   * those customers, y their cumulative share of the revenue.
   */
  record Pareto(List<List<Double>> points, List<Decile> deciles, long customers, double revenue) {
    Pareto {
      points = points.stream().map(List::copyOf).toList();
      deciles = List.copyOf(deciles);
    }
  }

  /**
   * The first {@code customerShare} of the customers, how many they are and their revenue share.
   */
  record Decile(double customerShare, long customers, double revenueShare) {}

  static Pareto pareto(List<CustomerResult> customers) {
    double[] revenue =
        customers.stream()
            .mapToDouble(c -> c.facts().revenue12m())
            .filter(r -> r > 0)
            .sorted()
            .toArray();
    int n = revenue.length;
    double[] cumulative = new double[n + 1];
    for (int i = 0; i < n; i++) {
      cumulative[i + 1] = cumulative[i] + revenue[n - 1 - i];
    }
    double total = cumulative[n];
    List<List<Double>> points = new ArrayList<>();
    List<Decile> deciles = new ArrayList<>();
    if (n == 0 || !(total > 0)) {
      return new Pareto(points, deciles, 0, 0);
    }
    int step = Math.max(1, (int) Math.ceil((double) n / PARETO_POINTS));
    for (int k = 0; k <= n; k += step) {
      points.add(List.of(round((double) k / n), round(cumulative[k] / total)));
    }
    if (n % step != 0) {
      points.add(List.of(1.0, 1.0));
    }
    for (int d = 1; d <= 10; d++) {
      int k = (int) Math.ceil(n * d / 10.0);
      deciles.add(new Decile(d / 10.0, k, cumulative[k] / total));
    }
    return new Pareto(points, deciles, n, total);
  }

  /** One bar: a value or band of an attribute and how much more often its customers are best. */
  record LiftBar(String attribute, String value, double lift, long customers, long bestCustomers) {}

  /**
   * The values and bands of the attributes that characterise the best customers: the proposed ones,
   * or, when none is proposed, the three most telling.
   */
  static List<AttributeEvidence> liftAttributes(AnalysisResult result) {
    List<AttributeEvidence> all = result.characteristics().attributes();
    List<AttributeEvidence> proposed =
        all.stream().filter(a -> a.status() == AttributeEvidence.Status.PROPOSED).toList();
    return proposed.isEmpty() ? all.stream().limit(3).toList() : proposed;
  }

  static List<LiftBar> lift(AnalysisResult result) {
    List<LiftBar> bars = new ArrayList<>();
    for (AttributeEvidence a : liftAttributes(result)) {
      for (GroupEvidence g : a.groups().stream().limit(GROUPS_PER_ATTRIBUTE).toList()) {
        bars.add(new LiftBar(a.label(), g.value(), g.lift(), g.customers(), g.bestCustomers()));
      }
    }
    return bars;
  }

  /** The customers of one segment in the matrix. */
  record MatrixSeries(String segment, String name, String colour, List<MatrixPoint> points) {
    MatrixSeries {
      points = List.copyOf(points);
    }
  }

  /** One customer: fit (x), pain (y), revenue (the bubble's size). */
  record MatrixPoint(String id, String name, double fit, double pain, double revenue) {}

  /** The potential × pain matrix. */
  record Matrix(
      List<MatrixSeries> series,
      double highPotentialFrom,
      double highPainFrom,
      long shown,
      long placed) {
    Matrix {
      series = List.copyOf(series);
    }
  }

  /**
   * Every customer with a fit score, by segment; those with the most revenue when there are more
   * than {@link #MATRIX_POINTS}. A customer without a pain score (no pain parameters) is at 0.
   */
  static Matrix matrix(AnalysisResult result, Labels labels) {
    SegmentationOptions options = result.meta().options().model().segments();
    List<CustomerResult> placed =
        result.customers().stream().filter(c -> c.fit().isPresent()).toList();
    List<CustomerResult> shown =
        placed.stream()
            .sorted(
                Comparator.comparingDouble((CustomerResult c) -> c.facts().revenue12m()).reversed())
            .limit(MATRIX_POINTS)
            .toList();
    List<MatrixSeries> series = new ArrayList<>();
    for (SegmentKey key : SegmentKey.values()) {
      List<MatrixPoint> points =
          shown.stream()
              .filter(c -> c.segment() == key)
              .map(
                  c ->
                      new MatrixPoint(
                          c.customerId(),
                          c.name().orElse(""),
                          round(c.fit().orElseThrow()),
                          round(c.pain().orElse(0.0)),
                          Math.max(0, Math.round(c.facts().revenue12m()))))
              .toList();
      if (!points.isEmpty()) {
        series.add(
            new MatrixSeries(key.key(), labels.segmentName(key, options), colour(key), points));
      }
    }
    return new Matrix(
        series, options.highPotentialFrom(), options.highPainFrom(), shown.size(), placed.size());
  }

  private static double round(double x) {
    return Math.round(x * 10_000.0) / 10_000.0;
  }
}
