/**
 * Writing results for people and programs. The main entry point is {@link
 * se.kundfokus.report.JsonOutput}.
 */
@NullMarked
package se.kundfokus.report;

import org.jspecify.annotations.NullMarked;
