package se.kundfokus.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Settings files of any text either read or fail with a {@link SettingsException} that names the
 * file: never another exception, never a hang.
 */
class HostileSettingsTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  @Property(tries = 300, seed = "20261202")
  void anyTextReadsOrSaysWhereItIsWrong(@ForAll("yamlish") String text) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            SettingsFile.parse("kundfokus.yaml", text);
          } catch (SettingsException e) {
            assertThat(e.getMessage()).startsWith("kundfokus.yaml");
            assertThat(e.file()).isEqualTo("kundfokus.yaml");
          }
        });
  }

  @Property(tries = 200, seed = "20261202")
  void mutatedTemplatesReadOrSayWhereTheyAreWrong(@ForAll("mutatedTemplate") String text) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            SettingsFile.parse("kundfokus.yaml", text);
          } catch (SettingsException e) {
            assertThat(e.getMessage()).startsWith("kundfokus.yaml");
          }
        });
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "outflow:",
            "pain:",
            "parameters:",
            "potential:",
            "segments:",
            "names:",
            "  ",
            "    ",
            "\n",
            ":",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            "#",
            "&a",
            "*a",
            "!!int",
            "|",
            ">",
            "decline_share: 0.3",
            "weight: 40",
            "rule: = yes",
            "attribute: x",
            "kind: brist",
            "count: 10",
            "as_of: 2025-01-01",
            "ÅÄÖ",
            "\t",
            "0",
            "-1",
            "1e999",
            "NaN",
            "null",
            "~",
            "\uFEFF");
    return tokens.list().ofMaxSize(50).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> mutatedTemplate() {
    String template = SettingsFile.template("test");
    return Arbitraries.integers()
        .between(0, template.length() - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .flatMap(
            positions ->
                Arbitraries.chars()
                    .with(':', ' ', '-', '\n', '"', '#', 'x', '9', '[', '&')
                    .map(
                        c -> {
                          StringBuilder text = new StringBuilder(template);
                          for (int position : positions) {
                            int at = Math.min(position, text.length() - 1);
                            if (c == 'x') {
                              text.deleteCharAt(at);
                            } else {
                              text.setCharAt(at, c);
                            }
                          }
                          return text.toString();
                        }));
  }
}
