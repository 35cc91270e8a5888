package se.kundfokus.ingest;

import java.util.List;

/**
 * Numbers as people write them in exports: {@code 1 234,50}, {@code 1.234,50 kr}, {@code (1
 * 234,50)}, {@code 1234,50-} (SAP), {@code 125:-}, {@code 12,5 %} or {@code 1,234.50}.
 *
 * <p>This sits on the hot path of a ten-million-line import: plain values such as {@code -1234.50}
 * or {@code 1234,50} take a short path without allocation, and no value uses a regular expression.
 * A value that is not a number costs one exception without a stack trace.
 *
 * <p>Rules, with the decimal mark of the column's {@link DecimalStyle}:
 *
 * <ul>
 *   <li>Surrounding whitespace, a sign ({@code +}, {@code -}, the Unicode minus {@code −}) before
 *       the digits, a trailing minus ({@code 1234,50-}) or parentheses ({@code (1 234,50)}) for
 *       negatives; one of these at most.
 *   <li>Thousands separators between groups of exactly three digits, the first group one to three
 *       digits not starting with 0, the same separator throughout: for {@link DecimalStyle#COMMA}
 *       space, no-break space (U+00A0, U+202F, U+2007, U+2009), {@code .} and {@code '}; for {@link
 *       DecimalStyle#DOT} {@code ,}, the spaces and {@code '}. None after the decimal mark.
 *   <li>One currency before or after the number: {@code kr}, {@code SEK}, {@code €}, {@code $},
 *       {@code £}, or after it {@code :-} and {@code ,-} (whole kronor, as in {@code 125:-}).
 *   <li>A trailing {@code %}; the value is returned as written ({@code 12,5 %} is 12.5).
 *   <li>No exponents, letters, {@code NaN} or {@code Infinity}.
 * </ul>
 */
final class NumberParser {
  private static final char UNICODE_MINUS = '\u2212';
  private static final int MAX_EXACT_DIGITS = 15;
  private static final int MAX_LONG_DIGITS = 18;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private NumberParser() {}

  /**
   * The decimal style of one column, from up to some thousands of its values. {@code 12,5}, {@code
   * 1 234,50} and {@code 1.234,50} are evidence for {@link DecimalStyle#COMMA}; {@code 12.5} and
   * {@code 1,234.50} for {@link DecimalStyle#DOT}. A value that reads as a number either way, such
   * as {@code 1,234} (thousands or decimals?) or an integer, is no evidence. The style with more
   * evidence wins; without evidence, or with as much for both, the hint (from the file: {@code ;}
   * separated files hint {@code COMMA}) decides.
   */
  static DecimalStyle detect(List<String> samples, DecimalStyle hint) {
    int comma = 0;
    int dot = 0;
    for (String sample : samples) {
      boolean isComma = !Double.isNaN(parseOrNaN(sample, DecimalStyle.COMMA));
      boolean isDot = !Double.isNaN(parseOrNaN(sample, DecimalStyle.DOT));
      if (isComma && !isDot) {
        comma++;
      } else if (isDot && !isComma) {
        dot++;
      }
    }
    if (comma == dot) {
      return hint;
    }
    return comma > dot ? DecimalStyle.COMMA : DecimalStyle.DOT;
  }

  /**
   * The number in a text.
   *
   * @throws NumberFormatException (without a stack trace) when the text is not a number in this
   *     style; the message quotes the text and says what was expected
   */
  static double parse(String text, DecimalStyle style) {
    double value = parseOrNaN(text, style);
    if (Double.isNaN(value)) {
      throw new NotANumberException("'" + text + "' is not " + expected(style));
    }
    return value;
  }

  /** Whether {@link #parse} would succeed. */
  static boolean isNumber(String text, DecimalStyle style) {
    return !Double.isNaN(parseOrNaN(text, style));
  }

  /** What a number looks like, for messages: {@code a number like 1 234,50}. */
  static String expected(DecimalStyle style) {
    return switch (style) {
      case COMMA -> "a number like 1 234,50";
      case DOT -> "a number like 1,234.50";
    };
  }

  /** The number in a text, or NaN when it is not one (NaN is never a valid result). */
  static double parseOrNaN(String text, DecimalStyle style) {
    char mark = style == DecimalStyle.COMMA ? ',' : '.';
    double plain = plain(text, mark);
    return Double.isNaN(plain) ? general(text, style, mark) : plain;
  }

  /** The short path: {@code -?digits(mark digits)?} with at most 15 digits; NaN otherwise. */
  private static double plain(String text, char mark) {
    int length = text.length();
    int i = 0;
    boolean negative = false;
    if (length > 0 && text.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_EXACT_DIGITS) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == mark && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || scale == 0) {
      return Double.NaN;
    }
    double value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
    return negative && value != 0 ? -value : value;
  }

  private static double general(String text, DecimalStyle style, char mark) {
    int begin = 0;
    int end = text.length();
    boolean signed = false;
    boolean negative = false;
    boolean opened = false;
    boolean closed = false;
    boolean currency = false;
    boolean percent = false;
    while (true) {
      begin = skipSpaceForward(text, begin, end);
      if (begin == end) {
        return Double.NaN;
      }
      char c = text.charAt(begin);
      int affix;
      if (c == '(' && !opened && !signed) {
        opened = true;
        begin++;
      } else if (!signed && (c == '-' || c == '+' || c == UNICODE_MINUS)) {
        signed = true;
        negative = c != '+';
        begin++;
      } else if (!currency && (affix = currencyPrefix(text, begin, end)) > 0) {
        currency = true;
        begin += affix;
      } else {
        break;
      }
    }
    while (true) {
      end = skipSpaceBackward(text, begin, end);
      if (begin == end) {
        return Double.NaN;
      }
      char c = text.charAt(end - 1);
      int affix;
      if (c == ')' && opened && !closed) {
        closed = true;
        end--;
      } else if (!currency && (affix = currencySuffix(text, begin, end)) > 0) {
        currency = true;
        end -= affix;
      } else if (c == '%' && !percent) {
        percent = true;
        end--;
      } else if (!signed && !opened && (c == '-' || c == UNICODE_MINUS)) {
        signed = true;
        negative = true;
        end--;
      } else {
        break;
      }
    }
    if (opened != closed || (opened && signed)) {
      return Double.NaN;
    }
    double value = digits(text, begin, end, style, mark);
    return (negative || opened) && value != 0 ? -value : value;
  }

  /** The unsigned number in {@code text[begin, end)}: digits, group separators, decimal mark. */
  private static double digits(String text, int begin, int end, DecimalStyle style, char mark) {
    long mantissa = 0;
    int significant = 0;
    int scale = 0;
    int integerDigits = 0;
    int inGroup = 0;
    char separator = 0;
    int i = begin;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (significant > 0 || c != '0') {
          if (significant < MAX_LONG_DIGITS) {
            mantissa = mantissa * 10 + (c - '0');
          }
          significant++;
        }
        integerDigits++;
        inGroup++;
      } else if (c == mark) {
        break;
      } else if (isGroupSeparator(c, style)) {
        char normal = isSpace(c) ? ' ' : c;
        if (inGroup == 0) {
          return Double.NaN;
        }
        if (separator == 0) {
          if (inGroup > 3 || text.charAt(begin) == '0') {
            return Double.NaN;
          }
          separator = normal;
        } else if (normal != separator || inGroup != 3) {
          return Double.NaN;
        }
        inGroup = 0;
      } else {
        return Double.NaN;
      }
    }
    if (separator != 0 && inGroup != 3) {
      return Double.NaN;
    }
    if (i < end) {
      i++;
      if (i == end) {
        return Double.NaN;
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Double.NaN;
        }
        if (significant > 0 || c != '0') {
          if (significant < MAX_LONG_DIGITS) {
            mantissa = mantissa * 10 + (c - '0');
          }
          significant++;
        }
        scale++;
      }
    } else if (integerDigits == 0) {
      return Double.NaN;
    }
    if (significant <= MAX_EXACT_DIGITS && scale < POWERS_OF_TEN.length) {
      return scale == 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    }
    return slow(text, begin, end, mark);
  }

  /** More than 15 digits: let the JDK round them, after {@link #digits} has checked the syntax. */
  private static double slow(String text, int begin, int end, char mark) {
    StringBuilder plain = new StringBuilder(end - begin);
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        plain.append(c);
      } else if (c == mark) {
        plain.append('.');
      }
    }
    double value = Double.parseDouble(plain.toString());
    return Double.isInfinite(value) ? Double.NaN : value;
  }

  private static boolean isGroupSeparator(char c, DecimalStyle style) {
    if (isSpace(c) || c == '\'') {
      return true;
    }
    return style == DecimalStyle.COMMA ? c == '.' : c == ',';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2007' || c == '\u2009';
  }

  private static int skipSpaceForward(String text, int begin, int end) {
    while (begin < end
        && (isSpace(text.charAt(begin)) || Character.isWhitespace(text.charAt(begin)))) {
      begin++;
    }
    return begin;
  }

  private static int skipSpaceBackward(String text, int begin, int end) {
    while (end > begin
        && (isSpace(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return end;
  }

  /** The length of a currency at {@code begin}, or 0. */
  private static int currencyPrefix(String text, int begin, int end) {
    char c = text.charAt(begin);
    if (c == '€' || c == '$' || c == '£') {
      return 1;
    }
    if (wordAt(text, begin, end, "kr")) {
      return 2;
    }
    return wordAt(text, begin, end, "sek") ? 3 : 0;
  }

  /** The length of a currency that ends at {@code end}, or 0. */
  private static int currencySuffix(String text, int begin, int end) {
    char c = text.charAt(end - 1);
    if (c == '€' || c == '$' || c == '£') {
      return 1;
    }
    if (c == '-'
        && end - begin >= 2
        && (text.charAt(end - 2) == ':' || text.charAt(end - 2) == ',')) {
      return 2;
    }
    if (end - begin >= 2 && wordAt(text, end - 2, end, "kr")) {
      return 2;
    }
    return end - begin >= 3 && wordAt(text, end - 3, end, "sek") ? 3 : 0;
  }

  /**
   * Whether a lower-case ASCII word is at {@code from} (ignoring case), not glued to other letters.
   */
  private static boolean wordAt(String text, int from, int end, String word) {
    int to = from + word.length();
    if (to > end || !text.regionMatches(true, from, word, 0, word.length())) {
      return false;
    }
    boolean letterBefore = from > 0 && Character.isLetter(text.charAt(from - 1));
    boolean letterAfter = to < text.length() && Character.isLetter(text.charAt(to));
    return !letterBefore && !letterAfter;
  }
}
