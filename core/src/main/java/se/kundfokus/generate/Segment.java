package se.kundfokus.generate;

import java.util.Locale;

/** The planted behaviour of a customer over the sales history. */
enum Segment {
  /** Buys by the BG/NBD process, and may drop out by it. */
  NORMAL,
  /** Buys nothing after a stop day 3 to 9 months before the end date, after being active. */
  CHURNED,
  /** Spends 50 to 70 % less in the last 12 months than in the 12 months before. */
  DECLINING,
  /** Buys nothing after a stop day 12 to 23 months before the end date, after being active. */
  LAPSED,
  /** Spends 100 to 180 % more in the last 12 months than in the 12 months before. */
  GROWING,
  /**
   * A company like the best customers (a spend driver) with a need (a new purchasing manager) that
   * spends 30 to 60 % more in the last 12 months: the method's premise, planted.
   */
  RESPONDING;

  /** The key in {@code truth.json}. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the segment compares the last 12 months with the 12 before (needs 2 years). */
  boolean needsTwoYears() {
    return this == DECLINING || this == LAPSED || this == GROWING || this == RESPONDING;
  }
}
