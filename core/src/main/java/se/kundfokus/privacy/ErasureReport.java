package se.kundfokus.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an erasure removed.
 *
 * @param id the customer's or prospect's id
 * @param rows the rows removed per table, in the order of the tables
 * @param rejectsFiles the rejects files a line of it was removed from
 */
public record ErasureReport(String id, Map<String, Long> rows, List<Path> rejectsFiles) {
  public ErasureReport {
    Objects.requireNonNull(id, "id must not be null");
    rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    rejectsFiles = List.copyOf(rejectsFiles);
  }

  /** All rows removed, in every table. */
  public long total() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
