package se.kundfokus.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A settings file that cannot be used, with where and what: the file, the line, the setting (as
 * {@code section.key}) and what was expected.
 */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final Optional<Integer> line;
  private final Optional<String> setting;
  private final String problem;

  public SettingsException(
      String file, Optional<Integer> line, Optional<String> setting, String problem) {
    super(message(file, line, setting, problem));
    this.file = Objects.requireNonNull(file, "file must not be null");
    this.line = Objects.requireNonNull(line, "line must not be null");
    this.setting = Objects.requireNonNull(setting, "setting must not be null");
    this.problem = Objects.requireNonNull(problem, "problem must not be null");
  }

  private static String message(
      String file, Optional<Integer> line, Optional<String> setting, String problem) {
    StringBuilder text = new StringBuilder(file);
    line.ifPresent(l -> text.append(" line ").append(l));
    setting.ifPresent(
        s -> text.append(line.isPresent() ? ", " : " ").append("setting '").append(s).append('\''));
    return text.append(": ").append(problem).toString();
  }

  public String file() {
    return file;
  }

  public Optional<Integer> line() {
    return line;
  }

  public Optional<String> setting() {
    return setting;
  }

  public String problem() {
    return problem;
  }
}
