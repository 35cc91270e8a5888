package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.segment.SegmentKey;

/**
 * How the model would have done: rebuilt as of {@code from} (the reference date less the backtest
 * months) on the data up to then, and measured on what the customers bought from then to the
 * reference date.
 *
 * @param from the date the model was rebuilt as of
 * @param to the reference date, the end of the measured months
 * @param months the months measured
 * @param segments each segment of the rebuilt model and how its customers' revenue changed
 * @param prioritisedLift the prioritised segment's revenue growth factor over all customers' (1.5:
 *     it grew 1.5 times as much); empty when the segment is empty
 * @param fitAuc how well the fit score of then ranks the customers who became best customers since
 *     (0.5: no better than chance, 1: perfectly)
 * @param outflowAuc how well the churn model of then (1 − the chance of still being a customer,
 *     ties by the days since the last purchase) ranks the customers who stopped buying since
 * @param notes what limits these figures
 */
public record Backtest(
    LocalDate from,
    LocalDate to,
    int months,
    List<SegmentOutcome> segments,
    Optional<Double> prioritisedLift,
    Optional<Auc> fitAuc,
    Optional<Auc> outflowAuc,
    List<String> notes) {
  public Backtest {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    segments = List.copyOf(segments);
    Objects.requireNonNull(prioritisedLift, "prioritisedLift must not be null");
    Objects.requireNonNull(fitAuc, "fitAuc must not be null");
    Objects.requireNonNull(outflowAuc, "outflowAuc must not be null");
    notes = List.copyOf(notes);
  }

  /**
   * A segment of the rebuilt model.
   *
   * @param revenueBefore its customers' revenue in the months before {@code from}
   * @param revenueAfter their revenue in the months after
   * @param growth revenueAfter / revenueBefore − 1; empty without revenue before
   */
  public record SegmentOutcome(
      SegmentKey segment,
      String name,
      long customers,
      double revenueBefore,
      double revenueAfter,
      Optional<Double> growth) {
    public SegmentOutcome {
      Objects.requireNonNull(segment, "segment must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(growth, "growth must not be null");
    }
  }

  /**
   * An area under the ROC curve.
   *
   * @param value the chance that a random positive ranks above a random negative
   * @param positives customers with the outcome
   * @param negatives customers without it
   * @param outcome the outcome in words
   */
  public record Auc(double value, long positives, long negatives, String outcome) {
    public Auc {
      Objects.requireNonNull(outcome, "outcome must not be null");
    }
  }
}
