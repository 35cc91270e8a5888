package se.kundfokus.cli;

import java.util.Objects;
import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"kundfokus " + version()};
  }

  static String version() {
    return Objects.requireNonNullElse(
        VersionProvider.class.getPackage().getImplementationVersion(), "development build");
  }
}
