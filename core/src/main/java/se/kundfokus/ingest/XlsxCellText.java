package se.kundfokus.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The text of one cell of an xlsx sheet, as {@link XlsxRowSource} hands it over: the stored value,
 * not the text Excel displays, except that numbers in a date format become ISO dates.
 */
final class XlsxCellText {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long EPOCH_1900 = LocalDate.of(1899, 12, 30).toEpochDay();
  private static final long EPOCH_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
  private static final int FICTITIOUS_LEAP_DAY = 60;

  private XlsxCellText() {}

  /**
   * Strings as they are; booleans {@code TRUE}/{@code FALSE}; errors as Excel shows them ({@code
   * #DIV/0!}); numbers in a date or time format as {@code yyyy-MM-dd}, or {@code yyyy-MM-dd
   * HH:mm:ss} when the value has a time of day, or {@code HH:mm:ss} for a time without a date
   * (serial below 1, in either date system); other numbers as plain decimals ({@code 1234.5},
   * {@code 42}, never an exponent); formulas as their cached value by the same rules, {@code ""}
   * when the file has no cached value. Serial 60 in the 1900 date system, Excel's fictitious
   * 1900-02-29, comes out as {@code 1900-02-29}, which is what Excel shows and what the date parser
   * then rejects.
   */
  static String of(Cell cell, boolean date1904) {
    Object value = cell.getValue();
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
          ? dateText(number, date1904).orElseGet(() -> plain(number))
          : plain(number);
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    return value.toString();
  }

  static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  /**
   * Whether a number format shows dates or times: the built-in formats 14–22 and 45–47, or a format
   * with a {@code d}, {@code m}, {@code y}, {@code h} or {@code s} outside quotes, escapes and
   * brackets (where {@code [h]}, {@code [mm]}, {@code [ss]} count too: elapsed time).
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      switch (c) {
        case '"' -> {
          int close = format.indexOf('"', i + 1);
          i = close < 0 ? format.length() : close;
        }
        case '\\', '_', '*' -> i++;
        case '[' -> {
          int close = format.indexOf(']', i + 1);
          if (close < 0) {
            return false;
          }
          if (isElapsedTime(format, i + 1, close)) {
            return true;
          }
          i = close;
        }
        case 'd', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** Whether {@code format[begin, end)} is {@code h}, {@code hh}, {@code mm}, {@code ss}… */
  private static boolean isElapsedTime(String format, int begin, int end) {
    if (begin == end) {
      return false;
    }
    char first = Character.toLowerCase(format.charAt(begin));
    if (first != 'h' && first != 'm' && first != 's') {
      return false;
    }
    for (int i = begin + 1; i < end; i++) {
      if (Character.toLowerCase(format.charAt(i)) != first) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> dateText(BigDecimal serial, boolean date1904) {
    if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(3_000_000)) > 0) {
      return Optional.empty();
    }
    double value = serial.doubleValue();
    long days = (long) Math.floor(value);
    long seconds = Math.round((value - days) * SECONDS_PER_DAY);
    if (seconds == SECONDS_PER_DAY) {
      days++;
      seconds = 0;
    }
    StringBuilder text = new StringBuilder(19);
    if (days == 0) {
      return Optional.of(appendTime(text, seconds).toString());
    }
    if (!date1904 && days == FICTITIOUS_LEAP_DAY) {
      text.append("1900-02-29");
    } else {
      long epochDay =
          date1904 ? EPOCH_1904 + days : EPOCH_1900 + days + (days < FICTITIOUS_LEAP_DAY ? 1 : 0);
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      if (date.getYear() > 9999) {
        return Optional.empty();
      }
      text.append(date);
    }
    if (seconds != 0) {
      appendTime(text.append(' '), seconds);
    }
    return Optional.of(text.toString());
  }

  private static StringBuilder appendTime(StringBuilder text, long seconds) {
    return twoDigits(
        twoDigits(twoDigits(text, seconds / 3600).append(':'), seconds / 60 % 60).append(':'),
        seconds % 60);
  }

  private static StringBuilder twoDigits(StringBuilder text, long value) {
    return text.append(value < 10 ? "0" : "").append(value);
  }
}
