package se.kundfokus.config;

import java.util.Objects;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.SettingsSource;

/**
 * What a settings file says, or the defaults.
 *
 * @param analysis every threshold and choice of the analysis
 * @param source the file the settings were read from and its fingerprint; empty for the defaults
 */
public record Settings(AnalysisOptions analysis, Optional<SettingsSource> source) {

  public Settings {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(source, "source must not be null");
  }

  /** The defaults, with no file. */
  public static Settings defaults() {
    return new Settings(new AnalysisOptions(), Optional.empty());
  }
}
