package se.kundfokus.generate;

/**
 * Synthetic Swedish organisationsnummer: ten digits {@code NNNNNN-NNNN} whose third digit is at
 * least 2 and whose last digit is the Luhn check digit. Distinct company indexes below {@link
 * #CAPACITY} get distinct numbers.
 */
final class OrgNumbers {

  /** How many companies get distinct numbers per prefix. */
  static final long CAPACITY = 8_000_000L;

  /** The first two digits by company type (Aktiebolag, Handelsbolag, Enskild firma, förening). */
  private static final String[] PREFIXES = {"55", "96", "55", "76"};

  private OrgNumbers() {}

  /** The number of the company with this index (customers first, then prospects). */
  static String of(long seed, long companyIndex, int companyType) {
    long offset = Math.floorMod(Rng.mix(seed), CAPACITY);
    long scrambled = Math.floorMod(companyIndex * 2_654_435_761L + offset, CAPACITY);
    long third = 2 + scrambled / 1_000_000L;
    String rest = Long.toString(1_000_000L + scrambled % 1_000_000L).substring(1);
    String nine = PREFIXES[companyType] + third + rest;
    return nine.substring(0, 6) + "-" + nine.substring(6) + luhnDigit(nine);
  }

  /** The Luhn check digit of a string of digits. */
  static int luhnDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }
}
