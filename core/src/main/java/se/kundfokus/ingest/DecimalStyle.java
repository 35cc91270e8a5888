package se.kundfokus.ingest;

import java.util.Locale;

/** How a file writes the decimal part of a number. */
public enum DecimalStyle {
  /** {@code 1 234,50} — Swedish and most of continental Europe. */
  COMMA,
  /** {@code 1,234.50} — English. */
  DOT;

  /**
   * Reads a user's choice: {@code comma} (or {@code ,}) or {@code dot} ({@code point}, {@code .}).
   */
  public static DecimalStyle parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "comma", "," -> COMMA;
      case "dot", "point", "." -> DOT;
      default ->
          throw new IllegalArgumentException(
              "'" + text + "' is not a decimal mark (expected comma or dot)");
    };
  }
}
