package se.kundfokus.ingest;

import java.time.LocalDate;

/**
 * The dates of one file, made once each: a file of ten million invoice lines has a few thousand
 * distinct dates, and {@link LocalDate#of} (which checks its fields and allocates) showed in the
 * import's profile. Dates from 1900 to 2199 are kept, indexed by year, month and day; others are
 * made each time.
 */
final class DateCache {
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 300;
  private static final int SLOTS_PER_YEAR = 12 * 31;

  private LocalDate[] dates = new LocalDate[0];

  /** The date of a valid {@link DateParser#packed} value, {@code yyyy * 10000 + MM * 100 + dd}. */
  LocalDate of(int packed) {
    int year = packed / 10_000;
    int month = packed / 100 % 100;
    int day = packed % 100;
    if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
      return LocalDate.of(year, month, day);
    }
    if (dates.length == 0) {
      dates = new LocalDate[YEARS * SLOTS_PER_YEAR];
    }
    int slot = (year - FIRST_YEAR) * SLOTS_PER_YEAR + (month - 1) * 31 + (day - 1);
    LocalDate date = dates[slot];
    if (date == null) {
      date = LocalDate.of(year, month, day);
      dates[slot] = date;
    }
    return date;
  }
}
