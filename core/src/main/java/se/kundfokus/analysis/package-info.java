/**
 * Analysis over the workspace, as SQL in the engine. So far a first overview of what the data
 * holds; the fact-based customer analysis builds on it. The main entry point is {@link
 * se.kundfokus.analysis.Overview}.
 */
@NullMarked
package se.kundfokus.analysis;

import org.jspecify.annotations.NullMarked;
