package se.kundfokus.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Infers the {@link AttributeKind} of an extra column from its values, and reads yes/no values.
 *
 * <p>The yes/no words, in any case: {@code ja}/{@code nej}, {@code j}/{@code n}, {@code yes}/{@code
 * no}, {@code y}/{@code n}, {@code true}/{@code false} (also Excel's {@code TRUE}/{@code FALSE}),
 * {@code sant}/{@code falskt}. Deliberately not: {@code 1}/{@code 0} (numbers) and {@code x}/blank
 * (a blank is a missing value, not a no).
 */
final class AttributeTypes {
  private static final String BOOLEAN_WORDS = "ja/nej, j/n, yes/no, y/n, true/false, sant/falskt";

  private AttributeTypes() {}

  /**
   * The kind of a column, from up to some thousands of its values; blank values are skipped.
   *
   * <ol>
   *   <li>No value but blanks: {@link AttributeKind#CATEGORY}.
   *   <li>Every value a yes/no word: {@link AttributeKind#BOOLEAN}.
   *   <li>Every value a number in the style: {@link AttributeKind#NUMBER}, but {@link
   *       AttributeKind#CATEGORY} when any value has a leading zero ({@code 00123}, {@code 01110}:
   *       codes, not amounts), and {@link AttributeKind#DATE} when every value is an eight-digit
   *       {@code yyyyMMdd} date. Plain numbers in the range of Excel serial dates stay numbers
   *       here: a column of amounts must not turn into dates.
   *   <li>Every value a date of one form that {@link DateParser#detect} decides: {@link
   *       AttributeKind#DATE}. An ambiguous column ({@code d/M/yyyy} or {@code M/d/yyyy}?) is
   *       {@link AttributeKind#CATEGORY}: the values are kept as written rather than guessed.
   *   <li>Anything else: {@link AttributeKind#CATEGORY}.
   * </ol>
   */
  static AttributeKind infer(List<String> samples, DecimalStyle style) {
    boolean any = false;
    boolean allBoolean = true;
    boolean allNumbers = true;
    boolean leadingZero = false;
    for (String sample : samples) {
      if (sample.isBlank()) {
        continue;
      }
      any = true;
      allBoolean = allBoolean && isBooleanWord(sample);
      if (allNumbers) {
        allNumbers = NumberParser.isNumber(sample, style);
        leadingZero = leadingZero || hasLeadingZero(sample);
      }
    }
    if (!any) {
      return AttributeKind.CATEGORY;
    }
    if (allBoolean) {
      return AttributeKind.BOOLEAN;
    }
    DateDetection dates = DateParser.detect(samples);
    boolean oneDateForm = dates instanceof DateDetection.One;
    if (allNumbers) {
      if (leadingZero) {
        return AttributeKind.CATEGORY;
      }
      boolean basicDates = oneDateForm && ((DateDetection.One) dates).form() == DateForm.BASIC;
      return basicDates ? AttributeKind.DATE : AttributeKind.NUMBER;
    }
    return oneDateForm ? AttributeKind.DATE : AttributeKind.CATEGORY;
  }

  /**
   * The value of a yes/no word (see the class comment).
   *
   * @throws IllegalArgumentException for any other text, listing the words
   */
  static boolean parseBoolean(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "ja", "j", "yes", "y", "true", "sant" -> true;
      case "nej", "n", "no", "false", "falskt" -> false;
      default -> throw new IllegalArgumentException("'" + text + "' is not " + expectedBoolean());
    };
  }

  /** What a yes/no value looks like, for messages. */
  static String expectedBoolean() {
    return "yes or no (" + BOOLEAN_WORDS + ")";
  }

  private static boolean isBooleanWord(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "ja", "j", "yes", "y", "true", "sant", "nej", "n", "no", "false", "falskt" -> true;
      default -> false;
    };
  }

  /** {@code 0123}, {@code -0123}: a zero followed by another digit before any decimal mark. */
  private static boolean hasLeadingZero(String text) {
    String value = text.strip();
    int i = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    return i + 1 < value.length()
        && value.charAt(i) == '0'
        && value.charAt(i + 1) >= '0'
        && value.charAt(i + 1) <= '9';
  }
}
