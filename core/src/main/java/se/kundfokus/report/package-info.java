/**
 * Writing results for people and programs. The main entry points are {@link
 * se.kundfokus.report.JsonOutput} (the whole result as JSON), {@link
 * se.kundfokus.report.HtmlReport} (the self-contained HTML report), {@link
 * se.kundfokus.report.XlsxExport} and {@link se.kundfokus.report.CsvExport} (the lists as an Excel
 * workbook and as CSV files), all in the language of a {@link se.kundfokus.report.Language}; {@link
 * se.kundfokus.report.Lists} turns a result into the lists they share.
 */
@NullMarked
package se.kundfokus.report;

import org.jspecify.annotations.NullMarked;
