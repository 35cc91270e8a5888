package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentLabel;
import se.kundfokus.model.segment.SegmentationOptions;

class LabelsTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LabelsTest.class.getResourceAsStream("/se/kundfokus/report/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveEveryKey() throws IOException {
    assertThat(bundle("labels_sv.properties").stringPropertyNames())
        .isEqualTo(bundle("labels.properties").stringPropertyNames());
  }

  @Test
  void apostrophesAreWrittenAsMessageFormatReadsThem() throws IOException {
    for (String name : java.util.List.of("labels.properties", "labels_sv.properties")) {
      Properties labels = bundle(name);
      for (String key : labels.stringPropertyNames()) {
        String text = labels.getProperty(key);
        if (text.contains("{0}")) {
          assertThat(text.replace("''", "")).as(name + " " + key).doesNotContain("'");
        } else {
          assertThat(text).as(name + " " + key).doesNotContain("''");
        }
      }
    }
  }

  @Test
  void speaksSwedishAndEnglish() {
    assertThat(Labels.of(Language.SV).get("list.prospects")).isEqualTo("Prospekt");
    assertThat(Labels.of(Language.EN).get("list.prospects")).isEqualTo("Prospects");
    assertThat(Labels.of(Language.SV).get("column.revenue_12m"))
        .isEqualTo("Omsättning, senaste 12 mån");
  }

  @Test
  void segmentsKeepTheUsersOwnNames() {
    SegmentationOptions renamed =
        new SegmentationOptions(
            40, 30, Map.of(SegmentKey.PRIORITISE, new SegmentLabel("Full fart", "Ring idag.")));

    assertThat(Labels.of(Language.SV).segmentName(SegmentKey.PRIORITISE, new SegmentationOptions()))
        .isEqualTo("Prioritera");
    assertThat(Labels.of(Language.SV).segmentName(SegmentKey.PRIORITISE, renamed))
        .isEqualTo("Full fart");
    assertThat(Labels.of(Language.EN).segmentAction(SegmentKey.PRIORITISE, renamed))
        .isEqualTo("Ring idag.");
    assertThat(Labels.of(Language.EN).segmentName(SegmentKey.DEPRIORITISE, renamed))
        .isEqualTo("Deprioritise");
  }

  @Test
  void theEnglishDefaultsAreTheSegmentationDefaults() {
    Labels english = Labels.of(Language.EN);
    for (SegmentKey key : SegmentKey.values()) {
      SegmentLabel label = new SegmentationOptions().label(key);
      assertThat(english.get("segment." + key.key() + ".name")).isEqualTo(label.name());
      assertThat(english.get("segment." + key.key() + ".action")).isEqualTo(label.action());
    }
  }

  @Test
  void aMissingKeyIsABug() {
    assertThatThrownBy(() -> Labels.of(Language.EN).get("nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no label 'nope' in en");
  }

  @Test
  void languagesReadFromCodesAndLocales() {
    assertThat(Language.parse("sv-SE")).isEqualTo(Language.SV);
    assertThat(Language.parse("EN")).isEqualTo(Language.EN);
    assertThat(Language.of(Locale.forLanguageTag("sv-FI"))).isEqualTo(Language.SV);
    assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.parse("de"))
        .hasMessage("'de' is not a language (expected sv or en)");
  }
}
