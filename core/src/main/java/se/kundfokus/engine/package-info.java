/**
 * Where the analysis SQL runs: the embedded DuckDB workspace by default, or another engine (the
 * {@code spark} module) over the same canonical tables. The queries are portable SQL kept as
 * resource files; an engine runs them with bound parameters and hands back rows. The main entry
 * point is {@link se.kundfokus.engine.SqlEngine}.
 */
@NullMarked
package se.kundfokus.engine;

import org.jspecify.annotations.NullMarked;
