package se.kundfokus.ingest;

/** The type an extra column of the user's customer file is kept as in the workspace. */
public enum AttributeKind {
  /** Amounts, counts and ratios, e.g. employees or turnover growth. */
  NUMBER,
  /** Calendar dates, e.g. the date a contract ends. */
  DATE,
  /** Yes or no, e.g. whether the customer has a framework agreement. */
  BOOLEAN,
  /** Anything else, kept as text: regions, codes, names, identifiers with leading zeros. */
  CATEGORY
}
