package se.kundfokus.generate;

/** Counts, over all invoices, how often the planted pairs were bought together. */
final class PairStats {

  private final long[] withAntecedent;
  private final long[] withBoth;

  PairStats(int pairs) {
    this.withAntecedent = new long[pairs];
    this.withBoth = new long[pairs];
  }

  void count(int pair, boolean both) {
    withAntecedent[pair]++;
    if (both) {
      withBoth[pair]++;
    }
  }

  /** Share of invoices with the antecedent that also hold the consequent; 0 when none. */
  double sameInvoiceConfidence(int pair) {
    return withAntecedent[pair] == 0 ? 0.0 : (double) withBoth[pair] / withAntecedent[pair];
  }
}
