package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link SampleCompany} generates.
 *
 * @param customers number of customers, at least 1
 * @param years length of the sales history in years, 1 to 20, ending on {@code endDate}
 * @param seed seed of every random draw; the same options give byte-identical files
 * @param format the file dialect
 * @param endDate the last possible invoice date (the "today" of the data)
 * @param prospects number of prospects (companies that are not customers yet), at least 0
 */
public record GenerationOptions(
    int customers, int years, long seed, FileFormat format, LocalDate endDate, int prospects) {

  /** The default end date of the sales history. */
  public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2025, 12, 31);

  public GenerationOptions {
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(endDate, "endDate must not be null");
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, was " + customers);
    }
    if (years < 1 || years > 20) {
      throw new IllegalArgumentException("years must be between 1 and 20, was " + years);
    }
    if (prospects < 0) {
      throw new IllegalArgumentException("prospects must not be negative, was " + prospects);
    }
    if (endDate.getYear() < 1900 || endDate.getYear() > 9999) {
      throw new IllegalArgumentException(
          "endDate must be between the years 1900 and 9999, was " + endDate);
    }
  }

  /**
   * The defaults: 1000 customers, 3 years, {@link SampleCompany#DEFAULT_SEED}, Swedish files, end
   * date 2025-12-31 and 200 prospects.
   */
  public GenerationOptions() {
    this(1000, 3, SampleCompany.DEFAULT_SEED, FileFormat.SWEDISH, DEFAULT_END_DATE, 200);
  }

  /** A copy with another number of customers. */
  public GenerationOptions withCustomers(int newCustomers) {
    return new GenerationOptions(newCustomers, years, seed, format, endDate, prospects);
  }

  /** A copy with another number of years. */
  public GenerationOptions withYears(int newYears) {
    return new GenerationOptions(customers, newYears, seed, format, endDate, prospects);
  }

  /** A copy with another seed. */
  public GenerationOptions withSeed(long newSeed) {
    return new GenerationOptions(customers, years, newSeed, format, endDate, prospects);
  }

  /** A copy with another file format. */
  public GenerationOptions withFormat(FileFormat newFormat) {
    return new GenerationOptions(customers, years, seed, newFormat, endDate, prospects);
  }

  /** A copy with another end date. */
  public GenerationOptions withEndDate(LocalDate newEndDate) {
    return new GenerationOptions(customers, years, seed, format, newEndDate, prospects);
  }

  /** A copy with another number of prospects. */
  public GenerationOptions withProspects(int newProspects) {
    return new GenerationOptions(customers, years, seed, format, endDate, newProspects);
  }

  /** The first possible invoice date: the day after {@code endDate} minus {@code years}. */
  public LocalDate startDate() {
    return endDate.minusYears(years).plusDays(1);
  }
}
