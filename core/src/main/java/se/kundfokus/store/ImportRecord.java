package se.kundfokus.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One file of one import, as logged in the workspace. */
public record ImportRecord(
    long importId,
    String table,
    String fileName,
    String filePath,
    String fingerprint,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    Optional<String> rejectsFile,
    String notes,
    Instant startedAt,
    Instant finishedAt) {

  public ImportRecord {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(fileName, "fileName must not be null");
    Objects.requireNonNull(filePath, "filePath must not be null");
    Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    Objects.requireNonNull(rejectsFile, "rejectsFile must not be null");
    Objects.requireNonNull(notes, "notes must not be null");
    Objects.requireNonNull(startedAt, "startedAt must not be null");
    Objects.requireNonNull(finishedAt, "finishedAt must not be null");
  }
}
