package se.kundfokus.report;

/** What the values of a column are, and so how they read and which number format they get. */
public enum ColumnType {
  /** Text: ids, names, reasons. */
  TEXT,
  /** Dates. */
  DATE,
  /** Whole counts: orders, customers. */
  COUNT,
  /** Money in kronor. */
  MONEY,
  /** A share from 0 to 1, shown as a percentage. */
  SHARE,
  /** A score from 0 to 100. */
  SCORE,
  /** A ratio such as a lift (2.35: 2.35 times as often). */
  RATIO
}
