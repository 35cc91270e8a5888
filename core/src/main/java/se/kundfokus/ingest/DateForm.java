package se.kundfokus.ingest;

import java.time.LocalDate;

/**
 * The ways a column can write its dates, in the order {@link DateParser#detect} prefers them. Every
 * form but {@link #BASIC} accepts a time of day after the date ({@code 2024-03-31 13:45}, {@code
 * 2024-03-31T13:45:10.250Z}, {@code 31/3/2024 1:45 PM}), which is checked and then dropped: the
 * workspace stores dates.
 */
enum DateForm {
  /**
   * {@code 2024-03-31}, also {@code 2024-3-31}, with an optional time after a space or {@code T}.
   */
  ISO("yyyy-MM-dd", "2024-03-31"),
  /** {@code 2024/03/31}. */
  SLASHED_ISO("yyyy/MM/dd", "2024/03/31"),
  /** {@code 20240331}, eight digits and nothing else. */
  BASIC("yyyyMMdd", "20240331"),
  /** {@code 31/3/2024} or {@code 31/03/2024}: day first, as in most of Europe. */
  DAY_MONTH("d/M/yyyy", "31/3/2024"),
  /** {@code 3/31/2024} or {@code 03/31/2024}: month first, as in the United States. */
  MONTH_DAY("M/d/yyyy", "3/31/2024"),
  /** {@code 31.3.2024} or {@code 31.03.2024}. */
  DOTTED("d.M.yyyy", "31.3.2024"),
  /**
   * Excel's day count in its 1900 date system: {@code 45382} is 2024-03-31, a fraction is the time
   * of day. Serial 1 is 1900-01-01; serial 60 is Excel's fictitious 1900-02-29 and is rejected;
   * from 61 (1900-03-01) on, serials count from 1899-12-30. Only years 1900–2200 are accepted.
   */
  EXCEL_SERIAL("Excel serial number", "45382");

  private final String pattern;
  private final String example;

  DateForm(String pattern, String example) {
    this.pattern = pattern;
    this.example = example;
  }

  /** The text a user reads and gives to {@code --date-format}, e.g. {@code d/M/yyyy}. */
  String pattern() {
    return pattern;
  }

  /** 2024-03-31 written in this form. */
  String example() {
    return example;
  }

  /**
   * The date in a text of this form; surrounding whitespace and a time of day are accepted.
   *
   * @throws java.time.DateTimeException (without a stack trace) when the text is not a date of this
   *     form, or not a real one such as {@code 2024-02-30}
   */
  LocalDate parse(String text) {
    int packed = DateParser.packed(this, text);
    if (packed == DateParser.INVALID) {
      throw new NotADateException("'" + text + "' is not " + DateParser.expected(this));
    }
    return LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
  }

  /** Whether {@link #parse} would succeed. */
  boolean matches(String text) {
    return DateParser.packed(this, text) != DateParser.INVALID;
  }
}
