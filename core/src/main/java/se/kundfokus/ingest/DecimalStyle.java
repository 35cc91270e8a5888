package se.kundfokus.ingest;

/** How a file writes the decimal part of a number. */
public enum DecimalStyle {
  /** {@code 1 234,50} — Swedish and most of continental Europe. */
  COMMA,
  /** {@code 1,234.50} — English. */
  DOT
}
