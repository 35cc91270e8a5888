/**
 * The local web application and REST API of kundfokus: import, analysis, dashboard, customer, model
 * and prospect pages over one workspace, and the same data as JSON under {@code /api}. The main
 * entry point is {@link se.kundfokus.web.WebServer}; {@link se.kundfokus.web.WebOptions} says how
 * it runs.
 *
 * <p>Controllers are package-private and call the feature services, which the HTML route and the
 * JSON route of a page share. Every write to the workspace (imports, analyses) goes through one
 * writer thread; pages and the API read the latest immutable analysis result held in memory.
 */
@NullMarked
package se.kundfokus.web;

import org.jspecify.annotations.NullMarked;
