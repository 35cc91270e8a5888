package se.kundfokus.ingest;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Rows of one sheet or text file, in file order, as text. */
interface RowSource extends AutoCloseable {

  /** The next row, or {@code null} at the end of the file. */
  @Nullable RawRow next() throws IOException;

  /**
   * Where a row is, in the words a user would look for it: {@code "line 42"} for text files, {@code
   * "sheet 'Blad1' row 42"} for workbooks.
   */
  String where(long line);

  @Override
  void close() throws IOException;
}
