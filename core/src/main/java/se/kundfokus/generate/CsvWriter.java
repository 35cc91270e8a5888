package se.kundfokus.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file in a {@link FileFormat}: fields are quoted with {@code "} only when they
 * contain the separator, a quote or a line break; a character the charset cannot encode is an
 * error, never a silent {@code ?}.
 */
final class CsvWriter implements Closeable {

  private final Writer out;
  private final char separator;
  private final char decimalMark;
  private final String lineEnding;
  private boolean firstField = true;

  CsvWriter(Path file, FileFormat format) throws IOException {
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(file),
                format
                    .charset()
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    this.separator = format.separator();
    this.decimalMark = format.decimalMark();
    this.lineEnding = format.lineEnding();
  }

  void header(List<String> names) throws IOException {
    for (String name : names) {
      text(name);
    }
    endRow();
  }

  /** Writes a text field, quoted when needed. */
  CsvWriter text(String value) throws IOException {
    startField();
    if (needsQuotes(value)) {
      out.write('"');
      out.write(value.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(value);
    }
    return this;
  }

  /** Writes an empty field. */
  CsvWriter blank() throws IOException {
    startField();
    return this;
  }

  CsvWriter integer(long value) throws IOException {
    startField();
    out.write(Long.toString(value));
    return this;
  }

  /** Writes an amount given in hundredths, e.g. {@code -123450} as {@code -1234,50}. */
  CsvWriter hundredths(long value) throws IOException {
    startField();
    out.write(decimal(value, 100, decimalMark));
    return this;
  }

  /** Writes a number given in tenths, e.g. {@code 125} as {@code 12,5}. */
  CsvWriter tenths(long value) throws IOException {
    startField();
    out.write(decimal(value, 10, decimalMark));
    return this;
  }

  void endRow() throws IOException {
    out.write(lineEnding);
    firstField = true;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  static String decimal(long value, int unit, char mark) {
    long magnitude = Math.abs(value);
    String fraction = Long.toString(magnitude % unit);
    int digits = unit == 100 ? 2 : 1;
    while (fraction.length() < digits) {
      fraction = "0" + fraction;
    }
    return (value < 0 ? "-" : "") + (magnitude / unit) + mark + fraction;
  }

  private boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == separator || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void startField() throws IOException {
    if (!firstField) {
      out.write(separator);
    }
    firstField = false;
  }
}
