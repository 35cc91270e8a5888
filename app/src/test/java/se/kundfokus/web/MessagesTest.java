package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.report.Language;

/** Every word of the pages exists in Swedish and English. */
class MessagesTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/se/kundfokus/web/templates");

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/se/kundfokus/web/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void swedishAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(bundle("messages_sv.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyTheTemplatesUseExists() throws IOException {
    Set<String> used = new HashSet<>();
    Pattern key = Pattern.compile("#\\{([a-z0-9_.]+[a-z0-9_])[}(]");
    try (Stream<Path> templates = Files.list(TEMPLATES)) {
      for (Path t : templates.toList()) {
        Matcher m = key.matcher(Files.readString(t, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (String table : ImportController.tables()) {
      used.add("import.file." + table);
      used.add("import.file." + table + ".help");
    }
    for (String how : List.of("header", "values", "chosen")) {
      used.add("check.how." + how);
    }
    for (String state : List.of("queued", "running", "done", "failed")) {
      used.add("progress.state." + state);
    }
    for (AttributeEvidence.Status status : AttributeEvidence.Status.values()) {
      used.add("model.status." + status.key());
    }
    used.add("model.kind.behov");
    used.add("model.kind.brist");
    assertThat(used).hasSizeGreaterThan(150);
    for (Language language : Language.values()) {
      Messages messages = Messages.of(language);
      assertThat(used).allSatisfy(k -> assertThat(messages.has(k)).as(language + " " + k).isTrue());
    }
  }

  @Test
  void messagesAreFormattedInTheirLanguage() {
    assertThat(Messages.of(Language.SV).format("list.first", 200, 1234))
        .isEqualTo("Visar de första 200 av 1\u00a0234; exporten har alla.");
    assertThat(Messages.of(Language.EN).format("list.first", 200, 1234))
        .isEqualTo("Showing the first 200 of 1,234; the export has them all.");
  }
}
