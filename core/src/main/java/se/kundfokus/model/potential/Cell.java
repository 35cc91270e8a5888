package se.kundfokus.model.potential;

import java.util.List;

/**
 * The active customers who meet exactly the same parameters, and what they buy.
 *
 * @param meets for each parameter, in order, whether the cell's customers meet it
 * @param customers active customers in the cell
 * @param medianRevenue their median revenue of the last 12 months
 * @param benchmark the benchmark percentile of it: what comparable customers buy
 */
public record Cell(List<Boolean> meets, long customers, double medianRevenue, double benchmark) {
  public Cell {
    meets = List.copyOf(meets);
  }
}
