package se.kundfokus.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers, money, shares and dates as a reader of one language writes them: Swedish {@code 1 234
 * 567 kr} (non-breaking spaces between thousands, a decimal comma, {@code 45 %}), English {@code
 * 1,234,567 SEK} ({@code 45%}). Dates are ISO ({@code 2025-03-31}) in both, as Swedish writes them
 * and as no English reader can misread. A value that is not a number (NaN, infinite) is a dash.
 */
public final class Formats {
  /** The non-breaking space Swedish puts between thousands and before a unit. */
  static final char NBSP = '\u00a0';

  private static final String DASH = "–";

  private final Language language;
  private final DecimalFormatSymbols symbols;

  private Formats(Language language) {
    this.language = language;
    this.symbols = new DecimalFormatSymbols(Locale.ROOT);
    if (language == Language.SV) {
      symbols.setGroupingSeparator(NBSP);
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('-');
  }

  public static Formats of(Language language) {
    return new Formats(Objects.requireNonNull(language, "language must not be null"));
  }

  public Language language() {
    return language;
  }

  /** An amount in whole kronor with its unit: {@code 1 234 567 kr}, {@code 1,234,567 SEK}. */
  public String money(double amount) {
    if (!Double.isFinite(amount)) {
      return DASH;
    }
    return number(amount, 0) + (language == Language.SV ? NBSP + "kr" : NBSP + "SEK");
  }

  /** A number with thousands grouped and this many decimals: {@code 1 234,5}, {@code 1,234.5}. */
  public String number(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return DASH;
    }
    DecimalFormat format =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    // -0 reads as a loss where there is none.
    return text.equals("-" + format.format(0)) ? format.format(0) : text;
  }

  /** A whole count: {@code 1 234}, {@code 1,234}. */
  public String count(long value) {
    return new DecimalFormat("#,##0", symbols).format(value);
  }

  /**
   * A share as a percentage: {@code 0.456} is {@code 46 %} ({@code 46%}); below 10 % with one
   * decimal ({@code 4,5 %}), so that small shares do not all read as the same.
   */
  public String percent(double share) {
    if (!Double.isFinite(share)) {
      return DASH;
    }
    double percent = 100 * share;
    String digits = number(percent, Math.abs(percent) < 10 && percent != 0 ? 1 : 0);
    return language == Language.SV ? digits + NBSP + "%" : digits + "%";
  }

  /** A score from 0 to 100, whole: {@code 73}. */
  public String score(double value) {
    return number(value, 0);
  }

  /** A ratio such as a lift, with two decimals: {@code 2,35}, {@code 2.35}. */
  public String ratio(double value) {
    return number(value, 2);
  }

  /** A model parameter, with four significant decimals: {@code 0,2430}. */
  public String parameter(double value) {
    return number(value, 4);
  }

  /** A date, ISO: {@code 2025-03-31}. */
  public String date(LocalDate date) {
    return date.toString();
  }
}
