package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NumberParserTest {

  @ParameterizedTest(name = "{0} ⇒ {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "0             | 0",
        "-0            | 0",
        "42            | 42",
        "1234,50       | 1234.5",
        "-1234,50      | -1234.5",
        "+1234,50      | 1234.5",
        "\u22121234,50 | -1234.5",
        "\" 1234,50 \" | 1234.5",
        "\"\t7\t\"     | 7",
        ",5            | 0.5",
        "0,000123      | 0.000123",
        "12,5          | 12.5",
        "1 234,50      | 1234.5",
        "1\u00a0234,50 | 1234.5",
        "1\u202f234\u202f567,25 | 1234567.25",
        "1.234,50      | 1234.5",
        "1.234.567     | 1234567",
        "1'234,50      | 1234.5",
        "1234,50-      | -1234.5",
        "1 234,50-     | -1234.5",
        "(1 234,50)    | -1234.5",
        "( 12 )        | -12",
        "125:-         | 125",
        "125,-         | 125",
        "1 234 kr      | 1234",
        "1 234kr       | 1234",
        "kr 99,90      | 99.9",
        "SEK 1 234,50  | 1234.5",
        "1 234,50 SEK  | 1234.5",
        "1 234,50 sek  | 1234.5",
        "-12 kr        | -12",
        "12 kr-        | -12",
        "€12,50        | 12.5",
        "12,50 €       | 12.5",
        "12,5 %        | 12.5",
        "-3%           | -3",
        "99999999999999,99 | 99999999999999.99",
        "12345678901234567890 | 12345678901234567890",
        "0,1234567890123456789 | 0.1234567890123456789",
      })
  void parsesCommaStyle(String text, double expected) {
    assertThat(NumberParser.parse(text, DecimalStyle.COMMA)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ⇒ {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "-1234.50      | -1234.5",
        "12.5          | 12.5",
        ".5            | 0.5",
        "1,234.50      | 1234.5",
        "1,234,567     | 1234567",
        "1 234.50      | 1234.5",
        "1\u00a0234.50 | 1234.5",
        "1'234.50      | 1234.5",
        "1,234.50-     | -1234.5",
        "(1,234.50)    | -1234.5",
        "$1,234.50     | 1234.5",
        "£12           | 12",
        "12.5%         | 12.5",
        "0.1           | 0.1",
        "123456789012345 | 123456789012345",
      })
  void parsesDotStyle(String text, double expected) {
    assertThat(NumberParser.parse(text, DecimalStyle.DOT)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"",
        "\"   \"",
        "-",
        "+",
        "kr",
        "%",
        "()",
        "1,2,3",
        "12 34,5",
        "1 2345",
        "1.5",
        "1.23",
        "01.234",
        "1.234 567",
        "1 234.567",
        "12a",
        "abc",
        "1,2e3",
        "1,5E+03",
        "5,",
        "12,5,",
        "1,,5",
        "NaN",
        "Infinity",
        "-Infinity",
        "--5",
        "-5-",
        "(-5)",
        "(5",
        "5)",
        "kr 5 kr",
        "5 %%",
        "5 krona",
        "0x1F",
        "١٢",
      })
  void rejectsInCommaStyle(String text) {
    assertThat(NumberParser.isNumber(text, DecimalStyle.COMMA)).isFalse();
    assertThatThrownBy(() -> NumberParser.parse(text, DecimalStyle.COMMA))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("'" + text + "' is not a number like 1 234,50");
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {"1,2,3", "12,5", "1,23", "1.234,50", "0,123", "1234,567", "1.2.3", "12 34.5"})
  void rejectsInDotStyle(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text, DecimalStyle.DOT))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("'" + text + "' is not a number like 1,234.50");
  }

  @Test
  void failureHasNoStackTrace() {
    assertThatThrownBy(() -> NumberParser.parse("x", DecimalStyle.COMMA))
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void manyDigitsAreRoundedLikeTheJdk() {
    assertThat(NumberParser.parse("0,30000000000000004", DecimalStyle.COMMA))
        .isEqualTo(0.30000000000000004);
    assertThat(NumberParser.parse("1 234 567 890 123 456,789", DecimalStyle.COMMA))
        .isEqualTo(Double.parseDouble("1234567890123456.789"));
    assertThat(NumberParser.isNumber("9".repeat(400), DecimalStyle.COMMA)).isFalse();
  }

  @Test
  void expectedTexts() {
    assertThat(NumberParser.expected(DecimalStyle.COMMA)).isEqualTo("a number like 1 234,50");
    assertThat(NumberParser.expected(DecimalStyle.DOT)).isEqualTo("a number like 1,234.50");
  }

  @ParameterizedTest
  @EnumSource(DecimalStyle.class)
  void detectsCommaFromDecimals(DecimalStyle hint) {
    assertThat(NumberParser.detect(List.of("12,5", "7", "1 234,50"), hint))
        .isEqualTo(DecimalStyle.COMMA);
    assertThat(NumberParser.detect(List.of("1.234,50", "3"), hint)).isEqualTo(DecimalStyle.COMMA);
    assertThat(NumberParser.detect(List.of("1.234.567"), hint)).isEqualTo(DecimalStyle.COMMA);
    assertThat(NumberParser.detect(List.of("0,125"), hint)).isEqualTo(DecimalStyle.COMMA);
  }

  @ParameterizedTest
  @EnumSource(DecimalStyle.class)
  void detectsDotFromDecimals(DecimalStyle hint) {
    assertThat(NumberParser.detect(List.of("12.5", "7"), hint)).isEqualTo(DecimalStyle.DOT);
    assertThat(NumberParser.detect(List.of("1,234.50"), hint)).isEqualTo(DecimalStyle.DOT);
    assertThat(NumberParser.detect(List.of("1,234,567"), hint)).isEqualTo(DecimalStyle.DOT);
    assertThat(NumberParser.detect(List.of("$1,234.50", "(12.00)"), hint))
        .isEqualTo(DecimalStyle.DOT);
  }

  @ParameterizedTest
  @EnumSource(DecimalStyle.class)
  void ambiguousValuesAloneFollowTheHint(DecimalStyle hint) {
    assertThat(NumberParser.detect(List.of("1,234", "5,678"), hint)).isEqualTo(hint);
    assertThat(NumberParser.detect(List.of("1.234", "2.500"), hint)).isEqualTo(hint);
    assertThat(NumberParser.detect(List.of("12", "-3", "1 000"), hint)).isEqualTo(hint);
    assertThat(NumberParser.detect(List.of(), hint)).isEqualTo(hint);
    assertThat(NumberParser.detect(List.of("", "n/a", "okänt"), hint)).isEqualTo(hint);
  }

  @Test
  void ambiguousValuesAreDecidedByTheOthers() {
    assertThat(NumberParser.detect(List.of("1,234", "1,5"), DecimalStyle.DOT))
        .isEqualTo(DecimalStyle.COMMA);
    assertThat(NumberParser.detect(List.of("1.234", "1.5"), DecimalStyle.COMMA))
        .isEqualTo(DecimalStyle.DOT);
  }

  @Test
  void moreEvidenceWins() {
    assertThat(NumberParser.detect(List.of("1,5", "2,5", "3.5"), DecimalStyle.DOT))
        .isEqualTo(DecimalStyle.COMMA);
    assertThat(NumberParser.detect(List.of("1,5", "3.5"), DecimalStyle.DOT))
        .isEqualTo(DecimalStyle.DOT);
  }
}
