package se.kundfokus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Rows of a text file whose fields are separated by runs of spaces or tabs (no quoting). */
final class WhitespaceRowSource implements RowSource {
  private final BufferedReader reader;
  private final Supplier<ImportException> undecodable;
  private long line;

  WhitespaceRowSource(BufferedReader reader, Supplier<ImportException> undecodable) {
    this.reader = reader;
    this.undecodable = undecodable;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    String text;
    while ((text = readLine()) != null) {
      line++;
      if (!text.isBlank()) {
        return new RawRow(line, split(text));
      }
    }
    return null;
  }

  private @Nullable String readLine() throws IOException {
    try {
      return reader.readLine();
    } catch (CharacterCodingException e) {
      throw undecodable.get();
    }
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
