package se.kundfokus.analysis;

import java.util.List;

/**
 * Unwanted outflow: customers who are leaving (the churn model), customers who buy clearly less,
 * and product groups customers stopped buying, each ranked by the revenue at risk.
 */
public record Outflow(
    List<LeavingCustomer> leaving,
    List<DecliningCustomer> declining,
    List<PartialOutflow> partial) {
  public Outflow {
    leaving = List.copyOf(leaving);
    declining = List.copyOf(declining);
    partial = List.copyOf(partial);
  }
}
