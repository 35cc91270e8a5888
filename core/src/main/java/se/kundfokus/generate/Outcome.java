package se.kundfokus.generate;

/**
 * What a customer's simulated history turned out to be; the truth file lists only what happened.
 *
 * @param groupsBought bit {@code g} is set when the customer bought product group {@code g}
 * @param outflowRealized the customer bought its outflow group before stopping, and bought other
 *     groups after
 * @param droppedOut the BG/NBD dropout ended the customer's purchases
 * @param invoices number of invoices, credit notes excluded
 */
record Outcome(long groupsBought, boolean outflowRealized, boolean droppedOut, int invoices) {

  boolean bought(int group) {
    return (groupsBought & (1L << group)) != 0;
  }
}
