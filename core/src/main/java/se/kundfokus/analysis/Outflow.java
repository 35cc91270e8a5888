package se.kundfokus.analysis;

import java.util.List;

/**
 * Unwanted outflow: customers who buy clearly less, and product groups customers stopped buying,
 * each ranked by the revenue at risk.
 */
public record Outflow(List<DecliningCustomer> declining, List<PartialOutflow> partial) {
  public Outflow {
    declining = List.copyOf(declining);
    partial = List.copyOf(partial);
  }
}
