package se.kundfokus.ingest;

import java.util.List;

/**
 * One row of a source file as text cells, with the number a user sees in a text editor (the line
 * where a CSV record starts) or in Excel (the row number).
 *
 * <p>The cells are not copied: this sits on the hot path of a ten-million-line import and the
 * sources hand over lists that they never change afterwards.
 */
record RawRow(long line, List<String> cells) {
  RawRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
  }

  /** The cell at a zero-based index, or the empty string when the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
