/**
 * The runs stored in the workspace: each analysis's segments per customer and prospect, and the
 * model to score new companies with, so that a later run shows who moved between segments. The main
 * entry point is {@link se.kundfokus.history.RunHistory}.
 */
@NullMarked
package se.kundfokus.history;

import org.jspecify.annotations.NullMarked;
