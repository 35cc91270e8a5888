package se.kundfokus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kundfokus.ingest.ColumnChoice;
import se.kundfokus.ingest.ImportProblem;
import se.kundfokus.ingest.Table;
import se.kundfokus.report.Language;

/** Languages, problems, sizes, options and the import fields. */
class SmallPartsTest {
  @Test
  void theLanguageComesFromAcceptLanguageWhenNothingElseSaysIt() {
    assertThat(Languages.fromAcceptLanguage("sv-SE,sv;q=0.9,en;q=0.8")).isEqualTo(Language.SV);
    assertThat(Languages.fromAcceptLanguage("de-DE,en;q=0.5")).isEqualTo(Language.EN);
    assertThat(Languages.fromAcceptLanguage("fi, sv;q=0.3")).isEqualTo(Language.SV);
    assertThat(Languages.fromAcceptLanguage("fr")).isEqualTo(Language.EN);
    assertThat(Languages.fromAcceptLanguage("not a header;;q=x")).isEqualTo(Language.EN);
    assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Language.EN);
    assertThat(Languages.parse("xx")).isEmpty();
    assertThat(Languages.parse("sv")).contains(Language.SV);
  }

  @Test
  void aProblemKnowsItsLineAndWhatWasExpected() {
    ProblemView p =
        ProblemView.of(
            ImportProblem.ofValue(
                "rader.csv",
                "line 42",
                "Belopp",
                "tolv",
                "is not a number (expected a number like 1 234,50)"));
    ProblemView sheet =
        ProblemView.of(
            ImportProblem.ofValue("k.xlsx", "sheet 'Blad1' row 7", "Kundnr", "", "is empty"));

    assertThat(p.line()).contains(42L);
    assertThat(p.expected()).contains("a number like 1 234,50");
    assertThat(p.message())
        .isEqualTo(
            "rader.csv line 42, column 'Belopp': 'tolv' is not a number (expected a number like 1 234,50)");
    assertThat(sheet.line()).isEmpty();
    assertThat(sheet.expected()).isEmpty();
  }

  @Test
  void sizesAreInWords() {
    assertThat(Sizes.words(200L << 20)).isEqualTo("200 MB");
    assertThat(Sizes.words(1536)).isEqualTo("1.5 KB");
    assertThat(Sizes.words(1)).isEqualTo("1 byte");
    assertThat(Sizes.words(3L << 30)).isEqualTo("3 GB");
  }

  @Test
  void optionsRefuseWhatCannotWork() {
    WebOptions options = WebOptions.of(Path.of("ws.duckdb"), "test");

    assertThatThrownBy(() -> options.withPort(70_000))
        .hasMessageContaining("port must be 0 to 65535");
    assertThatThrownBy(() -> options.withToken("short")).hasMessageContaining("at least 16");
    assertThatThrownBy(() -> options.withToken("sixteen chars but spaces"))
        .hasMessageContaining("letters, digits");
    assertThatThrownBy(() -> options.withMaxUploadBytes(0)).hasMessageContaining("at least 1 byte");
    assertThatThrownBy(() -> options.withBind(" ")).hasMessageContaining("must not be blank");
    assertThat(options.withToken("0123456789abcdef").token()).contains("0123456789abcdef");
  }

  @Test
  void everyImportFieldIsAFieldOfItsTable() {
    for (Table table : Table.values()) {
      for (String field : ImportFields.of(table)) {
        assertThat(new ColumnChoice(table, field, "1").field()).isEqualTo(field);
      }
    }
    assertThat(ImportFields.of(Table.SALES)).contains("amount", "date", "customer_id");
  }

  @Test
  void theAddressesOfTheServer() {
    assertThat(WebServer.loopback("127.0.0.1")).isTrue();
    assertThat(WebServer.loopback("localhost")).isTrue();
    assertThat(WebServer.loopback("0.0.0.0")).isFalse();
    assertThat(WebServer.host("::1")).isEqualTo("[::1]");
    assertThat(WebServer.host("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(WebServer.newToken()).matches("[A-Za-z0-9_-]{43}");
    assertThat(Optional.of(WebServer.newToken())).isNotEqualTo(Optional.of(WebServer.newToken()));
  }
}
