/**
 * The segmentation model: potential (the fit score) × pain into named segments with a recommended
 * action, the default 2×2 of prioritise, awaken the need, serve efficiently and deprioritise. The
 * main entry point is {@link se.kundfokus.model.segment.Segmentation}.
 */
@NullMarked
package se.kundfokus.model.segment;

import org.jspecify.annotations.NullMarked;
