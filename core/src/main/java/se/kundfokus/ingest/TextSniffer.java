package se.kundfokus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Guesses how a text export is written from its first bytes. */
final class TextSniffer {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int MAX_LINES = 200;
  private static final double MIN_CONSISTENCY = 0.6;

  private TextSniffer() {}

  /** The charset a byte-order mark announces, if any. */
  static Charset bomCharset(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.US_ASCII;
  }

  /** The length of the byte-order mark at the start, 0 when there is none. */
  static int bomLength(byte[] head, int length) {
    Charset bom = bomCharset(head, length);
    if (bom.equals(StandardCharsets.UTF_8)) {
      return 3;
    }
    return bom.equals(StandardCharsets.US_ASCII) ? 0 : 2;
  }

  /**
   * UTF-8 when the head is valid UTF-8 (a character cut at the end of the head is forgiven), else
   * Windows-1252, which Swedish Excel and most Swedish ERPs write. A byte-order mark decides.
   */
  static Charset detectCharset(byte[] head, int length) {
    Charset bom = bomCharset(head, length);
    if (!bom.equals(StandardCharsets.US_ASCII)) {
      return bom;
    }
    int end = length;
    // Forgive one multi-byte sequence cut off by the end of the head.
    for (int back = 1; back <= 3 && end - back >= 0; back++) {
      int b = head[end - back] & 0xFF;
      if ((b & 0xC0) == 0xC0) {
        end -= back;
        break;
      }
      if ((b & 0x80) == 0) {
        break;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(head, 0, end));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  /** The first lines of the head, decoded leniently, without blank lines and the cut last line. */
  static List<String> lines(byte[] head, int length, Charset charset) {
    int offset = bomLength(head, length);
    String text = new String(head, offset, length - offset, charset);
    String[] raw = text.split("\r\n|\n|\r", -1);
    List<String> lines = new ArrayList<>();
    int last = length == head.length ? raw.length - 1 : raw.length;
    for (int i = 0; i < last && lines.size() < MAX_LINES; i++) {
      if (!raw[i].isBlank()) {
        lines.add(raw[i]);
      }
    }
    return lines;
  }

  /**
   * The separator whose count per line is the most consistent over the first lines; ties go to
   * {@code ;}, tab and {@code |} before {@code ,}, because a comma is also a decimal mark. When no
   * character separates consistently but runs of spaces do, {@link FieldSeparator#WHITESPACE}.
   */
  static FieldSeparator detectSeparator(List<String> lines) {
    if (lines.isEmpty()) {
      return FieldSeparator.COMMA;
    }
    Map<FieldSeparator, Double> consistency = new EnumMap<>(FieldSeparator.class);
    for (FieldSeparator candidate :
        List.of(
            FieldSeparator.SEMICOLON,
            FieldSeparator.TAB,
            FieldSeparator.PIPE,
            FieldSeparator.COMMA)) {
      consistency.put(candidate, consistency(lines, candidate));
    }
    FieldSeparator best = FieldSeparator.SEMICOLON;
    double bestScore = -1;
    for (Map.Entry<FieldSeparator, Double> entry : consistency.entrySet()) {
      if (entry.getValue() > bestScore + 1e-9) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    if (bestScore >= MIN_CONSISTENCY) {
      return best;
    }
    if (whitespaceConsistency(lines) >= MIN_CONSISTENCY) {
      return FieldSeparator.WHITESPACE;
    }
    // One column, or nothing consistent: the reader reports uneven rows if it matters.
    return bestScore > 0 ? best : FieldSeparator.COMMA;
  }

  /** Share of lines with the most common non-zero count of the separator outside quotes. */
  private static double consistency(List<String> lines, FieldSeparator separator) {
    Map<Integer, Integer> frequency = new HashMap<>();
    for (String line : lines) {
      frequency.merge(countOutsideQuotes(line, separator.character()), 1, Integer::sum);
    }
    int modeCount = 0;
    int mode = 0;
    for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
      if (entry.getKey() > 0 && entry.getValue() > modeCount) {
        mode = entry.getKey();
        modeCount = entry.getValue();
      }
    }
    return mode == 0 ? 0 : (double) modeCount / lines.size();
  }

  private static double whitespaceConsistency(List<String> lines) {
    Map<Integer, Integer> frequency = new HashMap<>();
    for (String line : lines) {
      frequency.merge(WhitespaceRowSource.split(line).size(), 1, Integer::sum);
    }
    int modeCount = 0;
    for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
      if (entry.getKey() >= 2 && entry.getValue() > modeCount) {
        modeCount = entry.getValue();
      }
    }
    return (double) modeCount / lines.size();
  }

  static int countOutsideQuotes(String line, char separator) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        count++;
      }
    }
    return count;
  }
}
