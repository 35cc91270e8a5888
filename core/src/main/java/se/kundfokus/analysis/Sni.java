package se.kundfokus.analysis;

import java.util.Optional;

/**
 * SNI 2007 (the Swedish NACE Rev. 2) codes rolled up: a code's division is its first two digits,
 * and each division belongs to one section, a letter (C: manufacturing, divisions 10 to 33).
 */
final class Sni {
  /** The first division of each section A to U, in order. */
  private static final int[] FIRST_DIVISION = {
    1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99
  };

  private Sni() {}

  /** The division of a code such as {@code 25110}, {@code 25.110} or {@code C25.1.1}. */
  static Optional<String> division(String code) {
    String digits = code.replaceAll("[^0-9]", "");
    if (digits.length() < 2) {
      return Optional.empty();
    }
    int division = Integer.parseInt(digits.substring(0, 2));
    return division >= 1 && division <= 99 ? Optional.of(digits.substring(0, 2)) : Optional.empty();
  }

  /** The section letter of a code, from its division. */
  static Optional<String> section(String code) {
    return division(code).flatMap(d -> sectionOfDivision(Integer.parseInt(d)));
  }

  static Optional<String> sectionOfDivision(int division) {
    if (division < 1 || division > 99) {
      return Optional.empty();
    }
    int section = 0;
    while (section + 1 < FIRST_DIVISION.length && FIRST_DIVISION[section + 1] <= division) {
      section++;
    }
    // Divisions 04, 34 and the like are not in SNI 2007; they fall in the section before.
    return Optional.of(String.valueOf((char) ('A' + section)));
  }
}
