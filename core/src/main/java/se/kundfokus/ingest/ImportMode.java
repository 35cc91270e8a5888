package se.kundfokus.ingest;

/** Whether an import changes the workspace. */
public enum ImportMode {
  /** Import and commit. */
  COMMIT,
  /** Read, map and validate everything, report it, and leave the workspace as it was. */
  CHECK
}
