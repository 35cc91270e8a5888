package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The register attributes of one generated company, customer or prospect. The true values are kept
 * even where the register leaves a field blank ({@link #blanks()}), because the planted effects act
 * on the true values.
 *
 * @param name company name
 * @param orgNumber organisationsnummer {@code NNNNNN-NNNN}
 * @param industry SNI 2007 industry
 * @param employees number of employees
 * @param turnoverTkr turnover in thousands of SEK
 * @param growthTenths turnover growth in tenths of a percent
 * @param sites number of sites (arbetsställen)
 * @param region index in {@link Words#REGIONS}
 * @param companyType index in {@link Words#COMPANY_TYPES_SV}
 * @param purchasing index in {@link Words#PURCHASING_SV}
 * @param newPurchasingManager whether a new purchasing manager started (a pain signal)
 * @param contractEnd when the current contract ends; empty when there is none
 * @param complaints complaints in the last 12 months
 * @param blanks the fields the register leaves blank
 */
record Company(
    String name,
    String orgNumber,
    Words.Industry industry,
    int employees,
    long turnoverTkr,
    int growthTenths,
    int sites,
    int region,
    int companyType,
    int purchasing,
    boolean newPurchasingManager,
    Optional<LocalDate> contractEnd,
    int complaints,
    Set<Blank> blanks) {

  /** Optional register fields that are sometimes blank. */
  enum Blank {
    ORG_NUMBER,
    EMPLOYEES,
    TURNOVER,
    GROWTH,
    PURCHASING
  }

  Company {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(orgNumber, "orgNumber must not be null");
    Objects.requireNonNull(industry, "industry must not be null");
    Objects.requireNonNull(contractEnd, "contractEnd must not be null");
    blanks = Set.copyOf(blanks);
    if (employees < 1 || sites < 1 || complaints < 0) {
      throw new IllegalArgumentException("employees and sites must be positive for " + name);
    }
  }

  /** Spend driver 1: SNI division 25 (metal products) or 28 (machinery). */
  boolean manufacturing() {
    int division = industry.division();
    return division == 25 || division == 28;
  }

  /** Spend driver 2: three or more sites. */
  boolean multiSite() {
    return sites >= 3;
  }

  boolean shows(Blank field) {
    return !blanks.contains(field);
  }
}
