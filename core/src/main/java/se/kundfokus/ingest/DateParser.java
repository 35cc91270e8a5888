package se.kundfokus.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as exports write them (see {@link DateForm}), detected per column and parsed without
 * regular expressions or {@code java.time} formatters: this sits on the hot path of a
 * ten-million-line import.
 */
final class DateParser {
  /** What {@link #packed} returns for a text that is not a date of the form. */
  static final int INVALID = -1;

  /** Serials that {@link #detect} takes for Excel dates: 1954-10-03 to 2119-01-10. */
  static final int PLAUSIBLE_SERIAL_MIN = 20_000;

  static final int PLAUSIBLE_SERIAL_MAX = 80_000;

  private static final int FICTITIOUS_LEAP_DAY = 60;
  private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
  private static final long LAST_SERIAL = LocalDate.of(2200, 12, 31).toEpochDay() - EXCEL_EPOCH_DAY;
  private static final int MAX_LENGTH = 40;

  private DateParser() {}

  /**
   * The form of one column's dates, from up to some thousands of its values. Blank values are
   * skipped; a column without any other value is {@link DateForm#ISO}. A form is a candidate when
   * it reads every value; {@link DateForm#EXCEL_SERIAL} only when every value lies between {@value
   * #PLAUSIBLE_SERIAL_MIN} and {@value #PLAUSIBLE_SERIAL_MAX} (1954–2119), so that a column of
   * amounts is not taken for dates. The forms hardly overlap; where {@code d/M/yyyy} and {@code
   * M/d/yyyy} both read every value (no day above 12), the column is {@link
   * DateDetection.Ambiguous}.
   */
  static DateDetection detect(List<String> samples) {
    DateForm[] forms = DateForm.values();
    int[] read = new int[forms.length];
    String[] firstUnread = new String[forms.length];
    String firstValue = null;
    for (String sample : samples) {
      if (sample.isBlank()) {
        continue;
      }
      if (firstValue == null) {
        firstValue = sample;
      }
      for (int f = 0; f < forms.length; f++) {
        if (readsInDetection(forms[f], sample)) {
          read[f]++;
        } else if (firstUnread[f] == null) {
          firstUnread[f] = sample;
        }
      }
    }
    if (firstValue == null) {
      return new DateDetection.One(DateForm.ISO);
    }
    List<DateForm> candidates = new ArrayList<>(2);
    int closest = 0;
    for (int f = 0; f < forms.length; f++) {
      if (firstUnread[f] == null) {
        candidates.add(forms[f]);
      }
      if (read[f] > read[closest]) {
        closest = f;
      }
    }
    if (candidates.isEmpty()) {
      String unread = firstUnread[closest];
      return read[closest] == 0 || unread == null
          ? new DateDetection.None(firstValue, Optional.empty(), List.of(forms))
          : new DateDetection.None(unread, Optional.of(forms[closest]), List.of(forms));
    }
    if (candidates.contains(DateForm.DAY_MONTH) && candidates.contains(DateForm.MONTH_DAY)) {
      return new DateDetection.Ambiguous(List.of(DateForm.DAY_MONTH, DateForm.MONTH_DAY));
    }
    return new DateDetection.One(candidates.get(0));
  }

  /**
   * The form a user names with {@code --date-format}: a pattern text such as {@code d/M/yyyy} (case
   * does not matter where it cannot change the meaning, so {@code DD/MM/YYYY} is {@code d/M/yyyy}),
   * {@code yyyy-MM-dd HH:mm:ss} for {@code yyyy-MM-dd}, or {@code Excel serial number}.
   *
   * @throws IllegalArgumentException for other texts, listing the valid ones
   */
  static DateForm parseForm(String userText) {
    String key = userText.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "yyyy-mm-dd",
          "yyyy-m-d",
          "yyyy-mm-dd hh:mm",
          "yyyy-mm-dd hh:mm:ss",
          "yyyy-mm-dd't'hh:mm:ss",
          "yyyy-mm-ddthh:mm:ss",
          "iso" ->
          DateForm.ISO;
      case "yyyy/mm/dd", "yyyy/m/d" -> DateForm.SLASHED_ISO;
      case "yyyymmdd" -> DateForm.BASIC;
      case "d/m/yyyy", "dd/mm/yyyy" -> DateForm.DAY_MONTH;
      case "m/d/yyyy", "mm/dd/yyyy" -> DateForm.MONTH_DAY;
      case "d.m.yyyy", "dd.mm.yyyy" -> DateForm.DOTTED;
      case "excel serial number", "excel serial", "excel" -> DateForm.EXCEL_SERIAL;
      default ->
          throw new IllegalArgumentException(
              "unknown date format '" + userText + "' (expected one of: " + patterns() + ")");
    };
  }

  /** The pattern texts of all forms: {@code yyyy-MM-dd, yyyy/MM/dd, …, Excel serial number}. */
  static String patterns() {
    StringBuilder text = new StringBuilder();
    for (DateForm form : DateForm.values()) {
      text.append(text.length() == 0 ? "" : ", ").append(form.pattern());
    }
    return text.toString();
  }

  /**
   * What a date of the form looks like, for messages: {@code a date like 2024-03-31 (yyyy-MM-dd)}.
   */
  static String expected(DateForm form) {
    return "a date like " + form.example() + " (" + form.pattern() + ")";
  }

  private static boolean readsInDetection(DateForm form, String text) {
    if (packed(form, text) == INVALID) {
      return false;
    }
    if (form != DateForm.EXCEL_SERIAL) {
      return true;
    }
    int begin = skipSpaceForward(text, 0, text.length());
    long days = digits(text, begin, text.length(), 1, 6);
    int serial = (int) (days >>> 16);
    return serial >= PLAUSIBLE_SERIAL_MIN && serial <= PLAUSIBLE_SERIAL_MAX;
  }

  /**
   * The date in a text of a form as {@code yyyy * 10000 + MM * 100 + dd}, or {@link #INVALID}: the
   * allocation-free core of {@link DateForm#parse}.
   */
  static int packed(DateForm form, String text) {
    int end = skipSpaceBackward(text, 0, text.length());
    int begin = skipSpaceForward(text, 0, end);
    if (begin == end || end - begin > MAX_LENGTH) {
      return INVALID;
    }
    return switch (form) {
      case ISO -> yearFirst(text, begin, end, '-', Clock.ISO);
      case SLASHED_ISO -> yearFirst(text, begin, end, '/', Clock.PLAIN);
      case BASIC -> basic(text, begin, end);
      case DAY_MONTH -> yearLast(text, begin, end, '/', true);
      case MONTH_DAY -> yearLast(text, begin, end, '/', false);
      case DOTTED -> yearLast(text, begin, end, '.', true);
      case EXCEL_SERIAL -> serial(text, begin, end);
    };
  }

  /** How a time of day may follow a date. */
  private enum Clock {
    /** {@code T} or a space, 24-hour time, an optional {@code Z}. */
    ISO,
    /** A space, 24-hour time or 12-hour time with {@code AM}/{@code PM}. */
    PLAIN
  }

  private static int yearFirst(String text, int begin, int end, char separator, Clock clock) {
    long year = digits(text, begin, end, 4, 4);
    int i = position(year);
    if (year < 0 || !at(text, i, end, separator)) {
      return INVALID;
    }
    long month = digits(text, i + 1, end, 1, 2);
    i = position(month);
    if (month < 0 || !at(text, i, end, separator)) {
      return INVALID;
    }
    long day = digits(text, i + 1, end, 1, 2);
    if (day < 0 || !time(text, position(day), end, clock)) {
      return INVALID;
    }
    return pack(value(year), value(month), value(day));
  }

  private static int yearLast(String text, int begin, int end, char separator, boolean dayFirst) {
    long first = digits(text, begin, end, 1, 2);
    int i = position(first);
    if (first < 0 || !at(text, i, end, separator)) {
      return INVALID;
    }
    long second = digits(text, i + 1, end, 1, 2);
    i = position(second);
    if (second < 0 || !at(text, i, end, separator)) {
      return INVALID;
    }
    long year = digits(text, i + 1, end, 4, 4);
    if (year < 0 || !time(text, position(year), end, Clock.PLAIN)) {
      return INVALID;
    }
    return dayFirst
        ? pack(value(year), value(second), value(first))
        : pack(value(year), value(first), value(second));
  }

  private static int basic(String text, int begin, int end) {
    if (end - begin != 8) {
      return INVALID;
    }
    long all = digits(text, begin, end, 8, 8);
    if (all < 0) {
      return INVALID;
    }
    int value = value(all);
    return pack(value / 10_000, value / 100 % 100, value % 100);
  }

  private static int serial(String text, int begin, int end) {
    long days = digits(text, begin, end, 1, 6);
    if (days < 0) {
      return INVALID;
    }
    int i = position(days);
    if (i < end) {
      char mark = text.charAt(i);
      if ((mark != '.' && mark != ',') || i + 1 == end || skipDigits(text, i + 1, end) != end) {
        return INVALID;
      }
    }
    int serial = value(days);
    if (serial < 1 || serial == FICTITIOUS_LEAP_DAY || serial > LAST_SERIAL) {
      return INVALID;
    }
    long epochDay = EXCEL_EPOCH_DAY + serial + (serial < FICTITIOUS_LEAP_DAY ? 1 : 0);
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** Whether the rest of the text is empty or a valid time of day. */
  private static boolean time(String text, int i, int end, Clock clock) {
    if (i == end) {
      return true;
    }
    char c = text.charAt(i);
    if (c != ' ' && !(clock == Clock.ISO && c == 'T')) {
      return false;
    }
    long hour = digits(text, i + 1, end, 1, 2);
    i = position(hour);
    if (hour < 0 || value(hour) > 23 || !at(text, i, end, ':')) {
      return false;
    }
    long minute = digits(text, i + 1, end, 2, 2);
    i = position(minute);
    if (minute < 0 || value(minute) > 59) {
      return false;
    }
    if (at(text, i, end, ':')) {
      long second = digits(text, i + 1, end, 2, 2);
      i = position(second);
      if (second < 0 || value(second) > 59) {
        return false;
      }
      if (at(text, i, end, '.') || at(text, i, end, ',')) {
        int after = skipDigits(text, i + 1, end);
        if (after == i + 1) {
          return false;
        }
        i = after;
      }
    }
    if (clock == Clock.ISO) {
      return i == end || (i + 1 == end && text.charAt(i) == 'Z');
    }
    if (at(text, i, end, ' ')) {
      i++;
    }
    if (i + 2 == end
        && (text.regionMatches(true, i, "AM", 0, 2) || text.regionMatches(true, i, "PM", 0, 2))) {
      return value(hour) >= 1 && value(hour) <= 12;
    }
    return i == end;
  }

  private static boolean at(String text, int i, int end, char c) {
    return i < end && text.charAt(i) == c;
  }

  /**
   * The number in {@code minDigits} to {@code maxDigits} ASCII digits from {@code from}, as {@code
   * value << 16 | end position}, or -1.
   */
  private static long digits(String text, int from, int end, int minDigits, int maxDigits) {
    long value = 0;
    int i = from;
    while (i < end && i - from < maxDigits) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      i++;
    }
    return i - from < minDigits ? -1 : (value << 16) | i;
  }

  /** The position after the ASCII digits from {@code from}. */
  private static int skipDigits(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int value(long digits) {
    return (int) (digits >>> 16);
  }

  private static int position(long digits) {
    return (int) (digits & 0xFFFF);
  }

  private static int pack(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    return year * 10_000 + month * 100 + day;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }

  private static int skipSpaceForward(String text, int begin, int end) {
    while (begin < end && isSpace(text.charAt(begin))) {
      begin++;
    }
    return begin;
  }

  private static int skipSpaceBackward(String text, int begin, int end) {
    while (end > begin && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
