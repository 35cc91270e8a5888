/**
 * Which customers are still buying, and how much they will buy and spend. The main entry point is
 * {@link se.kundfokus.model.churn.CustomerSummaries}, which summarises each customer's
 * transactions as the churn models need them.
 */
@NullMarked
package se.kundfokus.model.churn;

import org.jspecify.annotations.NullMarked;
