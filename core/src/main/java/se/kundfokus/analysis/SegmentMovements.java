package se.kundfokus.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.model.segment.SegmentKey;

/**
 * Who moved between segments since the previous run stored in the workspace.
 *
 * @param previousRun the previous run's number
 * @param previousRunAt when it ran
 * @param previousAsOf its reference date
 * @param flows how many customers went from each segment to each other (new customers come from
 *     {@code new}); only moves, largest first
 * @param movers every customer who moved, by the revenue of the last 12 months
 */
public record SegmentMovements(
    long previousRun,
    Instant previousRunAt,
    LocalDate previousAsOf,
    List<Flow> flows,
    List<Mover> movers) {
  public SegmentMovements {
    Objects.requireNonNull(previousRunAt, "previousRunAt must not be null");
    Objects.requireNonNull(previousAsOf, "previousAsOf must not be null");
    flows = List.copyOf(flows);
    movers = List.copyOf(movers);
  }

  /** Customers from one segment to another; {@code from} is empty for customers new since. */
  public record Flow(Optional<SegmentKey> from, SegmentKey to, long customers) {
    public Flow {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
    }
  }

  /** One customer that moved. */
  public record Mover(
      String customerId,
      Optional<String> name,
      Optional<SegmentKey> from,
      SegmentKey to,
      double revenue12m) {
    public Mover {
      Objects.requireNonNull(customerId, "customerId must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
    }
  }
}
