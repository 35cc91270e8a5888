/**
 * The revenue-potential model: on the chosen potential parameters (the proposal of the
 * characteristics, or the user's), a fit score 0–100 for every customer and prospect (how much it
 * looks like the best customers) and a potential in money (what comparable customers buy, less what
 * it buys now), each with its reasons in words. The main entry point is {@link
 * se.kundfokus.model.potential.PotentialModel#fit}.
 */
@NullMarked
package se.kundfokus.model.potential;

import org.jspecify.annotations.NullMarked;
