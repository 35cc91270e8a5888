package se.kundfokus.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What separates the fields of a text file. */
public enum FieldSeparator {
  SEMICOLON(';', ";"),
  COMMA(',', ","),
  TAB('\t', "tab"),
  PIPE('|', "|"),
  /** One or more spaces or tabs, as in fixed-width text exports (no quoting). */
  WHITESPACE(' ', "whitespace");

  private final char character;
  private final String label;

  FieldSeparator(char character, String label) {
    this.character = character;
    this.label = label;
  }

  char character() {
    return character;
  }

  /** The name a user writes after {@code --delimiter} and sees in the import report. */
  public String label() {
    return label;
  }

  /**
   * Reads a user's {@code --delimiter} value: {@code ;}, {@code ,}, {@code |}, {@code tab} (or a
   * real tab, {@code \t}), {@code whitespace} (or {@code space}).
   */
  public static FieldSeparator parse(String text) {
    String value = text.equals("\t") ? "tab" : text.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case ";", "semicolon" -> SEMICOLON;
      case ",", "comma" -> COMMA;
      case "tab", "\\t" -> TAB;
      case "|", "pipe" -> PIPE;
      case "whitespace", "space" -> WHITESPACE;
      default ->
          throw new IllegalArgumentException(
              "'"
                  + text
                  + "' is not a field separator (expected one of "
                  + Arrays.stream(values())
                      .map(FieldSeparator::label)
                      .collect(Collectors.joining(" "))
                  + ")");
    };
  }
}
