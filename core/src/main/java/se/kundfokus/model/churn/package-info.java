/**
 * Which customers are still buying, and how much they will buy and spend: the BG/NBD model of
 * Fader, Hardie &amp; Lee (2005) and the Gamma-Gamma model of spend, both fitted by maximum
 * likelihood on one {@link se.kundfokus.model.churn.CustomerSummary} per customer.
 *
 * <p>The main entry points are {@link se.kundfokus.model.churn.BgNbd#fit} and {@link
 * se.kundfokus.model.churn.GammaGamma#fit}; {@link se.kundfokus.model.churn.CustomerSummaries}
 * builds their input from transactions.
 */
@NullMarked
package se.kundfokus.model.churn;

import org.jspecify.annotations.NullMarked;
