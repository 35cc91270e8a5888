package se.kundfokus.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A generated CSV file read back strictly: the whole file must decode in its charset. */
final class CsvFile {

  final List<String> header;
  final List<List<String>> rows;
  final String text;

  private CsvFile(List<String> header, List<List<String>> rows, String text) {
    this.header = header;
    this.rows = rows;
    this.text = text;
  }

  static CsvFile read(Path file, FileFormat format) throws IOException {
    String text = decode(Files.readAllBytes(file), format.charset());
    String lineEnding = format.lineEnding();
    if (!text.endsWith(lineEnding)) {
      throw new IllegalStateException(file + " does not end with a line ending");
    }
    List<List<String>> records = parse(text, format.separator(), lineEnding);
    return new CsvFile(records.get(0), records.subList(1, records.size()), text);
  }

  /** Decodes strictly: a byte sequence that is not valid in the charset is an error. */
  static String decode(byte[] bytes, Charset charset) throws IOException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** RFC 4180 with the given separator and line ending; quotes only where the writer puts them. */
  private static List<List<String>> parse(String text, char separator, String lineEnding) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int close = i + 1;
        while (true) {
          close = text.indexOf('"', close);
          if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
            close += 2;
          } else {
            break;
          }
        }
        field.append(text.substring(i + 1, close).replace("\"\"", "\""));
        i = close + 1;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        i++;
      } else if (text.startsWith(lineEnding, i)) {
        fields.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(fields));
        fields.clear();
        i += lineEnding.length();
      } else {
        field.append(c);
        i++;
      }
    }
    return records;
  }

  int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return index;
  }

  /** The rows by the value of the first column. */
  Map<String, List<String>> byId() {
    Map<String, List<String>> result = new HashMap<>();
    for (List<String> row : rows) {
      result.put(row.get(0), row);
    }
    return result;
  }
}
