/**
 * Reading the user's exports (CSV, TSV, whitespace-separated text and XLSX): dialect and encoding
 * detection, column mapping from Swedish and English headers, value parsing and validation, and the
 * transactional import into the workspace. The main entry point is {@link
 * se.kundfokus.ingest.Importer}.
 */
@NullMarked
package se.kundfokus.ingest;

import org.jspecify.annotations.NullMarked;
