package se.kundfokus.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

  @TempDir Path dir;

  @Test
  void quotesOnlyFieldsWithSeparatorQuoteOrLineBreak() throws IOException {
    Path file = dir.resolve("a.csv");
    try (CsvWriter csv = new CsvWriter(file, FileFormat.SWEDISH)) {
      csv.header(List.of("a", "b"));
      csv.text("Svets; 1,0 mm").text("plain, with comma").endRow();
      csv.text("say \"hej\"").text("two\nlines").endRow();
      csv.blank().hundredths(-123405).endRow();
      csv.integer(7).tenths(-5).endRow();
    }
    assertThat(Files.readAllBytes(file))
        .isEqualTo(
            ("a;b\r\n\"Svets; 1,0 mm\";plain, with comma\r\n\"say \"\"hej\"\"\";\"two\nlines\"\r\n"
                    + ";-1234,05\r\n7;-0,5\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void englishUsesCommaDotAndLf() throws IOException {
    Path file = dir.resolve("b.csv");
    try (CsvWriter csv = new CsvWriter(file, FileFormat.ENGLISH)) {
      csv.text("Åkeri, Luleå").hundredths(5).tenths(125).endRow();
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("\"Åkeri, Luleå\",0.05,12.5\n");
  }

  @Test
  void refusesCharactersWindows1252CannotEncode() {
    assertThatThrownBy(
            () -> {
              try (CsvWriter csv = new CsvWriter(dir.resolve("c.csv"), FileFormat.SWEDISH)) {
                csv.text("Łódź").endRow();
              }
            })
        .isInstanceOf(CharacterCodingException.class);
  }
}
