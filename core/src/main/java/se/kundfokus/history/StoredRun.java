package se.kundfokus.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.analysis.ScoringModel;

/**
 * A run stored in the workspace.
 *
 * @param model the model to score new companies with
 */
public record StoredRun(
    long runId,
    Instant createdAt,
    LocalDate asOf,
    String version,
    String dataFingerprint,
    Optional<String> settingsFingerprint,
    ScoringModel model) {
  public StoredRun {
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(dataFingerprint, "dataFingerprint must not be null");
    Objects.requireNonNull(settingsFingerprint, "settingsFingerprint must not be null");
    Objects.requireNonNull(model, "model must not be null");
  }
}
