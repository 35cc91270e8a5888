package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  @Test
  void htmlCharactersAreEscapedAndParseBack() throws Exception {
    List<String> hostile =
        List.of(
            "</script><script>alert(1)</script>",
            "<!-- x -->",
            "Citat \"dubbla\" & 'enkla'",
            "&amp;",
            "Åäö ÅÄÖ 🚀",
            "line\u2028paragraph\u2029end");

    String json = ScriptJson.text(Map.of("names", hostile));

    assertThat(json)
        .doesNotContain("<", ">", "&", "'", "\u2028", "\u2029")
        .contains("\\u003C/script\\u003E", "Åäö ÅÄÖ 🚀");
    Map<?, ?> back = new ObjectMapper().readValue(json, Map.class);
    assertThat(back.get("names")).isEqualTo(hostile);
  }
}
