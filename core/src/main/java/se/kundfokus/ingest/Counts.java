package se.kundfokus.ingest;

import java.util.Locale;

/** Counts in messages: {@code 1 line}, {@code 1,234 lines}. */
final class Counts {
  private Counts() {}

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code 1 line}, {@code 2 lines}, with {@code noun} in place of "line". */
  static String of(long value, String noun) {
    return count(value) + " " + (value == 1 ? noun : noun + "s");
  }
}
