package se.kundfokus.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.BestCustomer;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.SegmentSummary;
import se.kundfokus.lookup.PurchaseHistory;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.ConditionEvidence;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.report.Language;

/**
 * What the pages and the API read from the latest analysis: the summary, customers, lists and
 * charts. One method per question, shared by the HTML route and the JSON route that ask it.
 */
final class ResultService {
  static final int SCATTER_POINTS = 2000;
  static final int PARETO_POINTS = 100;
  static final int LIFT_BARS = 10;

  private final Results results;
  private final WriteQueue queue;
  private final AnalysisService analyses;
  private final String version;

  ResultService(Results results, WriteQueue queue, AnalysisService analyses, String version) {
    this.results = results;
    this.queue = queue;
    this.analyses = analyses;
    this.version = version;
  }

  Views.Status status() {
    Results.State state = results.state();
    return new Views.Status(
        version,
        String.valueOf(queue.workspace().file().getFileName()),
        state.counts(),
        state.latest().map(ResultService::info),
        analyses.active(),
        state.stale());
  }

  /** The latest run, or a 404 that says how to get one. */
  Results.Run run() {
    return results.require();
  }

  Optional<Results.Run> latest() {
    return results.latest();
  }

  Optional<Results.Run> previous() {
    return results.state().previous();
  }

  AnalysisResult result() {
    return run().result();
  }

  Views.SummaryView summary() {
    Results.Run run = run();
    AnalysisResult r = run.result();
    double potential = r.segments().stream().mapToDouble(SegmentSummary::potential).sum();
    return new Views.SummaryView(
        info(run), r.summary(), potential, r.segments(), r.notes(), results.state().stale());
  }

  List<SegmentSummary> segments() {
    return result().segments();
  }

  List<ProspectResult> prospects() {
    return result().prospects();
  }

  Views.CustomerList customers(CustomerQuery query) {
    List<CustomerResult> matching =
        result().customers().stream().filter(query::matches).sorted(query.order()).toList();
    int from = Math.min(query.offset(), matching.size());
    int to = Math.min(matching.size(), from + query.limit());
    return new Views.CustomerList(
        matching.size(), query.offset(), query.limit(), matching.subList(from, to));
  }

  /** A customer and everything the latest analysis says about it; 404 for an unknown id. */
  Views.CustomerDetail customer(String id, Language language) {
    Results.Run run = run();
    AnalysisResult r = run.result();
    CustomerResult customer = find(run, id);
    Lists lists = new Lists(r, Messages.of(language));
    return new Views.CustomerDetail(
        customer,
        lists.segmentAction(customer.segment()),
        r.bestCustomers().stream()
            .filter(b -> b.customerId().equals(id))
            .map(BestCustomer::rank)
            .findFirst(),
        r.bestCohort().contains(id),
        r.outflow().leaving().stream().filter(c -> c.customerId().equals(id)).findFirst(),
        r.outflow().declining().stream().filter(c -> c.customerId().equals(id)).findFirst(),
        r.outflow().partial().stream().filter(c -> c.customerId().equals(id)).toList(),
        r.reactivation().stream().filter(c -> c.customerId().equals(id)).findFirst(),
        r.crossSell().recommendations().stream().filter(c -> c.customerId().equals(id)).toList());
  }

  /** A customer's revenue per month up to the reference date, read from the workspace. */
  Views.CustomerHistory history(String id) {
    Results.Run run = run();
    AnalysisResult r = run.result();
    find(run, id);
    return new Views.CustomerHistory(
        id, r.meta().asOf(), PurchaseHistory.monthly(queue.workspace(), id, r.meta().asOf()));
  }

  Optional<ListTable> list(String key, Language language) {
    return new Lists(result(), Messages.of(language)).list(key);
  }

  Views.Charts charts(Language language) {
    AnalysisResult r = result();
    Lists lists = new Lists(r, Messages.of(language));
    List<Views.SegmentName> names = new ArrayList<>();
    for (SegmentKey key : SegmentKey.values()) {
      names.add(new Views.SegmentName(key.key(), lists.segmentName(key)));
    }
    return new Views.Charts(
        pareto(r), lifts(r), scatter(r), names, !r.pain().parameters().isEmpty());
  }

  private static List<Views.ParetoPoint> pareto(AnalysisResult r) {
    double[] revenue =
        r.customers().stream()
            .mapToDouble(c -> Math.max(0, c.facts().revenue12m()))
            .filter(v -> v > 0)
            .sorted()
            .toArray();
    double total = 0;
    for (double v : revenue) {
      total += v;
    }
    List<Views.ParetoPoint> points = new ArrayList<>();
    points.add(new Views.ParetoPoint(0, 0));
    if (revenue.length == 0 || total <= 0) {
      return points;
    }
    int step = Math.max(1, revenue.length / PARETO_POINTS);
    double cumulative = 0;
    for (int i = 0; i < revenue.length; i++) {
      cumulative += revenue[revenue.length - 1 - i];
      if ((i + 1) % step == 0 || i == revenue.length - 1) {
        points.add(
            new Views.ParetoPoint(
                round4((i + 1) / (double) revenue.length), round4(cumulative / total)));
      }
    }
    return points;
  }

  private static List<Views.LiftBar> lifts(AnalysisResult r) {
    List<Views.LiftBar> bars = new ArrayList<>();
    for (AttributeEvidence a : r.characteristics().attributes()) {
      if (a.bestCondition().isPresent()) {
        ConditionEvidence c = a.bestCondition().get();
        bars.add(new Views.LiftBar(c.description(), c.lift(), c.customers(), c.bestCustomers()));
      }
    }
    bars.sort(Comparator.comparingDouble(Views.LiftBar::lift).reversed());
    return bars.size() > LIFT_BARS ? bars.subList(0, LIFT_BARS) : bars;
  }

  private static List<Views.ScatterPoint> scatter(AnalysisResult r) {
    return r.customers().stream()
        .filter(c -> c.fit().isPresent())
        .sorted(Comparator.comparingDouble((CustomerResult c) -> -c.facts().revenue12m()))
        .limit(SCATTER_POINTS)
        .map(
            c ->
                new Views.ScatterPoint(
                    c.customerId(),
                    c.name().orElse(""),
                    c.fit().orElse(0.0),
                    c.pain().orElse(0.0),
                    Math.max(0, c.facts().revenue12m()),
                    c.segment().key()))
        .toList();
  }

  private static CustomerResult find(Results.Run run, String id) {
    return run.customer(id)
        .orElseThrow(
            () ->
                HttpProblem.notFound(
                    "there is no customer '"
                        + id
                        + "' in the analysis of "
                        + run.result().meta().asOf()));
  }

  private static Views.RunInfo info(Results.Run run) {
    return new Views.RunInfo(
        run.runId(), run.result().meta().asOf(), run.finishedAt(), run.result().customers().size());
  }

  private static double round4(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
