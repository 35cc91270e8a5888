package se.kundfokus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rows of a text file whose fields are separated by runs of spaces or tabs (no quoting). */
final class WhitespaceRowSource implements RowSource {
  private final BufferedReader reader;
  private long line;

  WhitespaceRowSource(BufferedReader reader) {
    this.reader = reader;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    String text;
    while ((text = reader.readLine()) != null) {
      line++;
      if (!text.isBlank()) {
        return new RawRow(line, split(text));
      }
    }
    return null;
  }

  static List<String> split(String text) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isBlank(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isBlank(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        fields.add(text.substring(start, i));
      }
    }
    return fields;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  @Override
  public String where(long row) {
    return "line " + row;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
