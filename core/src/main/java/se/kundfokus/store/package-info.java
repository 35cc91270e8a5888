/**
 * The workspace: one embedded DuckDB file holding the canonical tables. The main entry point is
 * {@link se.kundfokus.store.Workspace}.
 */
@NullMarked
package se.kundfokus.store;

import org.jspecify.annotations.NullMarked;
