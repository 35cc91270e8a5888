package se.kundfokus.ingest;

/** Told how far an import has come, for a progress bar. */
@FunctionalInterface
public interface ImportListener {
  ImportListener NONE = (file, done, total) -> {};

  /**
   * Reports progress on one file.
   *
   * @param file the file being read
   * @param done bytes (text files) or rows (workbooks) read so far
   * @param total the file's size in bytes, or -1 when unknown
   */
  void progress(String file, long done, long total);
}
