package se.kundfokus.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The dialect of the generated CSV files. {@code truth.json} is UTF-8 in both. */
public enum FileFormat {
  /**
   * What a Swedish ERP exports: {@code ;} separator, decimal comma, windows-1252, CRLF line endings
   * and Swedish headers and values.
   */
  SWEDISH,
  /** {@code ,} separator, decimal dot, UTF-8, LF line endings and English headers and values. */
  ENGLISH;

  char separator() {
    return this == SWEDISH ? ';' : ',';
  }

  char decimalMark() {
    return this == SWEDISH ? ',' : '.';
  }

  String lineEnding() {
    return this == SWEDISH ? "\r\n" : "\n";
  }

  Charset charset() {
    return this == SWEDISH ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
  }

  /** Picks the Swedish or the English text. */
  String text(String swedish, String english) {
    return this == SWEDISH ? swedish : english;
  }
}
