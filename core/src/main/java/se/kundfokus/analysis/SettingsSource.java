package se.kundfokus.analysis;

import java.util.Objects;

/**
 * The settings file a run used, for its provenance.
 *
 * @param file the path as the user gave it
 * @param fingerprint {@code sha256:} and the hex digest of the file's bytes
 */
public record SettingsSource(String file, String fingerprint) {
  public SettingsSource {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(fingerprint, "fingerprint must not be null");
  }
}
