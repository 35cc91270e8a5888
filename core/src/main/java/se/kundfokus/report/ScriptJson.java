package se.kundfokus.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * JSON to put inside an HTML {@code <script type="application/json">}: {@code <}, {@code >}, {@code
 * &}, {@code '} and the line and paragraph separators are written as escapes (backslash, u, and the
 * code: <code>&#92;u003c</code>, …), so no value (a customer named {@code </script><script>…}) can
 * close the element or start markup; {@code JSON.parse} gives back the same strings.
 */
final class ScriptJson {
  private static final ObjectMapper MAPPER = mapper();

  private ScriptJson() {}

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report's chart data as JSON", e);
    }
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = JsonMapper.builder().build();
    mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return mapper;
  }

  /** Jackson's standard escapes, plus the characters that mean something to HTML. */
  static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] escapes;

    HtmlSafeEscapes() {
      int[] standard = CharacterEscapes.standardAsciiEscapesForJSON();
      standard['<'] = CharacterEscapes.ESCAPE_STANDARD;
      standard['>'] = CharacterEscapes.ESCAPE_STANDARD;
      standard['&'] = CharacterEscapes.ESCAPE_STANDARD;
      standard['\''] = CharacterEscapes.ESCAPE_STANDARD;
      this.escapes = standard;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
