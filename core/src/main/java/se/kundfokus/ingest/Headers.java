package se.kundfokus.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Column headers as compared with the names of the canonical fields. */
final class Headers {
  private Headers() {}

  /**
   * Lower case, without accents (å, ä, ö become a, a, o), without anything in parentheses (units
   * such as "(tkr)") and without spaces or punctuation: {@code "Omsättning (tkr)"} becomes {@code
   * "omsattning"}, {@code "Customer ID"} becomes {@code "customerid"}.
   */
  static String normalise(String header) {
    String withoutUnits = header.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
    String decomposed = Normalizer.normalize(withoutUnits, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The unit a header names in parentheses or brackets, e.g. {@code tkr} in {@code "Omsättning
   * (tkr)"}. Values are stored as written, so the unit is reported with the column.
   */
  static Optional<String> unit(String header) {
    Matcher matcher = UNIT.matcher(header);
    return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }

  private static final Pattern UNIT = Pattern.compile("[(\\[]([^)\\]]+)[)\\]]");

  /** Whether a cell looks like a value (number, date, code) rather than a column name. */
  static boolean looksLikeValue(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isDigit(c) || " .,:/+-−%'\u00A0".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }
}
