/**
 * Which customers are still buying, and how much they will buy: the BG/NBD model of Fader, Hardie
 * &amp; Lee (2005), fitted by maximum likelihood on one {@link
 * se.kundfokus.model.churn.CustomerSummary} per customer.
 *
 * <p>The main entry point is {@link se.kundfokus.model.churn.BgNbd#fit}; {@link
 * se.kundfokus.model.churn.CustomerSummaries} builds its input from transactions.
 */
@NullMarked
package se.kundfokus.model.churn;

import org.jspecify.annotations.NullMarked;
