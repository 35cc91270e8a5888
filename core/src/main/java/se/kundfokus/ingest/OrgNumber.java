package se.kundfokus.ingest;

/**
 * Swedish organisation numbers (organisationsnummer) and ids in the same format (personnummer,
 * samordningsnummer): ten digits whose last is a Luhn check digit over the other nine.
 *
 * <p>Accepted, after surrounding whitespace: {@code 556036-0793}, {@code 5560360793}, {@code
 * 556036+0793} (the {@code +} that marks people over 100), and with a century prefix {@code 16},
 * {@code 19} or {@code 20}: {@code 165560360793}, {@code 16556036-0793}. The checksum is all that
 * is checked: whether the first six digits form a date (personnummer) or start with a legal-form
 * digit (organisations) is not.
 */
final class OrgNumber {
  private OrgNumber() {}

  /** Whether the text is a well-formed number with a valid check digit. */
  static boolean isValid(String text) {
    String id = text.strip();
    int length = id.length();
    int begin;
    int separator;
    switch (length) {
      case 10 -> {
        begin = 0;
        separator = -1;
      }
      case 11 -> {
        begin = 0;
        separator = 6;
      }
      case 12 -> {
        begin = 2;
        separator = -1;
      }
      case 13 -> {
        begin = 2;
        separator = 8;
      }
      default -> {
        return false;
      }
    }
    if (begin == 2 && !hasCentury(id)) {
      return false;
    }
    if (separator >= 0) {
      char c = id.charAt(separator);
      if (c != '-' && !(c == '+' && begin == 0)) {
        return false;
      }
    }
    int sum = 0;
    int weight = 2;
    for (int i = begin; i < length; i++) {
      if (i == separator) {
        continue;
      }
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int product = (c - '0') * weight;
      sum += product > 9 ? product - 9 : product;
      weight = 3 - weight;
    }
    return sum % 10 == 0;
  }

  /** What a valid number looks like, for messages. */
  static String expected() {
    return "a Swedish organisation number like 556036-0793 (10 digits with a valid check digit)";
  }

  private static boolean hasCentury(String id) {
    return id.startsWith("16") || id.startsWith("19") || id.startsWith("20");
  }
}
