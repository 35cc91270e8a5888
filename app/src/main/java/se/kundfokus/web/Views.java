package se.kundfokus.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.analysis.CrossSellRecommendation;
import se.kundfokus.analysis.CustomerResult;
import se.kundfokus.analysis.DecliningCustomer;
import se.kundfokus.analysis.LapsedCustomer;
import se.kundfokus.analysis.LeavingCustomer;
import se.kundfokus.analysis.PartialOutflow;
import se.kundfokus.analysis.SegmentSummary;
import se.kundfokus.analysis.Summary;
import se.kundfokus.lookup.MonthlyRevenue;
import se.kundfokus.store.TableCounts;

/** The records the pages and the API answer with, beside those of the analysis itself. */
public final class Views {
  private Views() {}

  /**
   * {@code GET /api/status}: what the workspace holds, the latest analysis and the job in progress.
   */
  public record Status(
      String version,
      String workspace,
      TableCounts counts,
      Optional<RunInfo> analysis,
      Optional<JobView> job,
      boolean stale) {
    public Status {
      Objects.requireNonNull(version, "version must not be null");
      Objects.requireNonNull(workspace, "workspace must not be null");
      Objects.requireNonNull(counts, "counts must not be null");
      Objects.requireNonNull(analysis, "analysis must not be null");
      Objects.requireNonNull(job, "job must not be null");
    }
  }

  /** The latest analysis: its run in the workspace, reference date and when it finished. */
  public record RunInfo(long runId, LocalDate asOf, Instant finishedAt, long customers) {
    public RunInfo {
      Objects.requireNonNull(asOf, "asOf must not be null");
      Objects.requireNonNull(finishedAt, "finishedAt must not be null");
    }
  }

  /**
   * {@code GET /api/summary}: the obvious revenue potential in money, the segments, and the
   * potential in money of all customers together.
   */
  public record SummaryView(
      RunInfo run,
      Summary summary,
      double potential,
      List<SegmentSummary> segments,
      List<String> notes,
      boolean stale) {
    public SummaryView {
      Objects.requireNonNull(run, "run must not be null");
      Objects.requireNonNull(summary, "summary must not be null");
      segments = List.copyOf(segments);
      notes = List.copyOf(notes);
    }
  }

  /** {@code GET /api/customers}: one page of the customers that match. */
  public record CustomerList(long total, int offset, int limit, List<CustomerResult> customers) {
    public CustomerList {
      customers = List.copyOf(customers);
    }
  }

  /**
   * {@code GET /api/customers/{id}}: a customer with everything the analysis says about it.
   *
   * @param bestRank its rank among the best customers, when it is one
   * @param stoppedGroups product groups it stopped buying
   * @param crossSell product groups to offer it
   */
  public record CustomerDetail(
      CustomerResult customer,
      String segmentAction,
      Optional<Integer> bestRank,
      boolean inBestCohort,
      Optional<LeavingCustomer> leaving,
      Optional<DecliningCustomer> declining,
      List<PartialOutflow> stoppedGroups,
      Optional<LapsedCustomer> lapsed,
      List<CrossSellRecommendation> crossSell) {
    public CustomerDetail {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(segmentAction, "segmentAction must not be null");
      Objects.requireNonNull(bestRank, "bestRank must not be null");
      Objects.requireNonNull(leaving, "leaving must not be null");
      Objects.requireNonNull(declining, "declining must not be null");
      stoppedGroups = List.copyOf(stoppedGroups);
      Objects.requireNonNull(lapsed, "lapsed must not be null");
      crossSell = List.copyOf(crossSell);
    }
  }

  /** {@code GET /api/customers/{id}/history}: revenue per month up to the reference date. */
  public record CustomerHistory(String customerId, LocalDate asOf, List<MonthlyRevenue> months) {
    public CustomerHistory {
      Objects.requireNonNull(customerId, "customerId must not be null");
      Objects.requireNonNull(asOf, "asOf must not be null");
      months = List.copyOf(months);
    }
  }

  /** {@code GET /api/charts}: what the dashboard's charts draw. */
  public record Charts(
      List<ParetoPoint> pareto,
      List<LiftBar> lifts,
      List<ScatterPoint> scatter,
      List<SegmentName> segments,
      boolean hasPain) {
    public Charts {
      pareto = List.copyOf(pareto);
      lifts = List.copyOf(lifts);
      scatter = List.copyOf(scatter);
      segments = List.copyOf(segments);
    }
  }

  /** The share of revenue the first {@code customerShare} of the customers (best first) make. */
  public record ParetoPoint(double customerShare, double revenueShare) {}

  /**
   * How many times as often as all customers the companies that meet a condition are best
   * customers.
   */
  public record LiftBar(String label, double lift, long customers, long bestCustomers) {
    public LiftBar {
      Objects.requireNonNull(label, "label must not be null");
    }
  }

  /** A customer on the potential × pain chart. */
  public record ScatterPoint(
      String customerId, String name, double fit, double pain, double revenue, String segment) {
    public ScatterPoint {
      Objects.requireNonNull(customerId, "customerId must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(segment, "segment must not be null");
    }
  }

  /** A segment's key and its name in the page's language. */
  public record SegmentName(String key, String name) {
    public SegmentName {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(name, "name must not be null");
    }
  }
}
