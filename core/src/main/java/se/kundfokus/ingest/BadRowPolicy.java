package se.kundfokus.ingest;

/** What an import does with rows that have bad values. */
public enum BadRowPolicy {
  /** Import nothing and report the bad rows (the default). */
  FAIL,
  /** Import the good rows; write the bad ones, with their problems, to a rejects file. */
  REJECT
}
