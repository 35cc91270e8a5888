package se.kundfokus.report;

/**
 * Text for a spreadsheet cell that a spreadsheet cannot take for a formula. A text that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an
 * apostrophe, as OWASP recommends against CSV injection: {@code =HYPERLINK(…)} in a customer name
 * is shown as written, not run. Numbers are not text and never pass here, so a negative amount
 * stays a number.
 */
public final class SafeCell {
  private SafeCell() {}

  /** The text as a cell shows it safely. */
  public static String text(String value) {
    return startsLikeAFormula(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet would read the text as the start of a formula. */
  public static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
