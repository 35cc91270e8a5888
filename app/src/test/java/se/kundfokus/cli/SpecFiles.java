package se.kundfokus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/** Writes the files of an {@link ImportSpec} into a folder. */
final class SpecFiles {
  private SpecFiles() {}

  static void write(ImportSpec spec, Path dir) throws IOException {
    for (ImportSpec.SpecFile file : spec.files()) {
      Path path = dir.resolve(file.name());
      List<ImportSpec.Sheet> sheets = file.xlsx();
      String content = file.content();
      if (sheets != null) {
        writeWorkbook(path, sheets);
      } else if (content != null) {
        Files.write(path, encode(file, content));
      }
    }
  }

  /** The text in the file's character set; a character the set cannot hold is a mistake. */
  private static byte[] encode(ImportSpec.SpecFile file, String content) throws IOException {
    String text = file.lineEnding().equals("crlf") ? content.replace("\n", "\r\n") : content;
    if (file.bom()) {
      text = "\uFEFF" + text;
    }
    Charset charset = Charset.forName(file.encoding());
    try {
      ByteBuffer bytes =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IOException(file.name() + " cannot be written in " + charset, e);
    }
  }

  private static void writeWorkbook(Path path, List<ImportSpec.Sheet> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(path);
        Workbook workbook = new Workbook(out, "kundfokus-test", "1.0")) {
      for (ImportSpec.Sheet sheet : sheets) {
        Worksheet worksheet = workbook.newWorksheet(sheet.sheet());
        for (int r = 0; r < sheet.rows().size(); r++) {
          List<@Nullable Object> row = sheet.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            cell(worksheet, r, c, row.get(c));
          }
        }
      }
    }
  }

  private static void cell(Worksheet sheet, int r, int c, @Nullable Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      sheet.value(r, c, text);
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof Boolean flag) {
      sheet.value(r, c, flag);
    } else if (value instanceof Map<?, ?> map && map.get("date") instanceof String date) {
      sheet.value(r, c, LocalDate.parse(date));
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else {
      throw new IllegalArgumentException(
          "cell " + (r + 1) + "," + (c + 1) + ": cannot write " + value + " into a sheet");
    }
  }
}
