package se.kundfokus.ingest;

import java.util.List;
import java.util.Objects;
import se.kundfokus.store.TableCounts;

/**
 * What an import did.
 *
 * @param importId the id in the workspace's import log (in {@link ImportMode#CHECK} the id it would
 *     have had)
 * @param notices things about the files together, e.g. sales lines for customers missing from the
 *     register
 * @param counts what the workspace holds after the import (in CHECK mode: would hold)
 */
public record ImportReport(
    long importId,
    ImportMode mode,
    List<FileReport> files,
    List<String> notices,
    TableCounts counts) {
  public ImportReport {
    Objects.requireNonNull(mode, "mode must not be null");
    files = List.copyOf(files);
    notices = List.copyOf(notices);
    Objects.requireNonNull(counts, "counts must not be null");
  }
}
