package se.kundfokus.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.config.Settings;

/**
 * How the web application runs.
 *
 * @param workspace the workspace file; created when it does not exist
 * @param bind the address to listen on; any address but a loopback one needs an access token
 * @param port the port, 0 for any free one
 * @param token the access token every page and API call must show; empty: none on a loopback
 *     address, a generated one on any other
 * @param maxUploadBytes the largest upload (all files of one upload together)
 * @param settings the analysis settings (a settings file or the defaults)
 * @param version the app version, for the provenance of each analysis
 * @param clock the clock that stamps stored runs
 */
public record WebOptions(
    Path workspace,
    String bind,
    int port,
    Optional<String> token,
    long maxUploadBytes,
    Settings settings,
    String version,
    Clock clock) {

  /** The address used unless another is given: this machine only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;

  /** 200 MB. */
  public static final long DEFAULT_MAX_UPLOAD = 200L << 20;

  /** Tokens shorter than this are refused: they could be guessed. */
  static final int MIN_TOKEN_LENGTH = 16;

  public WebOptions {
    Objects.requireNonNull(workspace, "workspace must not be null");
    Objects.requireNonNull(bind, "bind must not be null");
    Objects.requireNonNull(token, "token must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("the address to bind to must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be 0 to 65535, was " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException(
          "the largest upload must be at least 1 byte, was " + maxUploadBytes);
    }
    if (token.isPresent()) {
      String t = token.get();
      if (t.length() < MIN_TOKEN_LENGTH || !t.chars().allMatch(WebOptions::tokenCharacter)) {
        throw new IllegalArgumentException(
            "the access token must be at least "
                + MIN_TOKEN_LENGTH
                + " letters, digits, '-' or '_' (leave it out to have one generated)");
      }
    }
  }

  /** The defaults for a workspace: this machine only, port 8080, 200 MB uploads, no settings. */
  public static WebOptions of(Path workspace, String version) {
    return new WebOptions(
        workspace,
        DEFAULT_BIND,
        DEFAULT_PORT,
        Optional.empty(),
        DEFAULT_MAX_UPLOAD,
        Settings.defaults(),
        version,
        Clock.systemUTC());
  }

  public WebOptions withBind(String address) {
    return new WebOptions(
        workspace, address, port, token, maxUploadBytes, settings, version, clock);
  }

  public WebOptions withPort(int number) {
    return new WebOptions(workspace, bind, number, token, maxUploadBytes, settings, version, clock);
  }

  public WebOptions withToken(String value) {
    return new WebOptions(
        workspace, bind, port, Optional.of(value), maxUploadBytes, settings, version, clock);
  }

  public WebOptions withMaxUploadBytes(long bytes) {
    return new WebOptions(workspace, bind, port, token, bytes, settings, version, clock);
  }

  public WebOptions withSettings(Settings value) {
    return new WebOptions(workspace, bind, port, token, maxUploadBytes, value, version, clock);
  }

  private static boolean tokenCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
