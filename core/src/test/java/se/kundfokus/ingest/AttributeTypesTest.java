package se.kundfokus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributeTypesTest {

  @Test
  void blankColumnIsCategory() {
    assertThat(AttributeTypes.infer(List.of(), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
    assertThat(AttributeTypes.infer(List.of("", "  "), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
  }

  @Test
  void yesNoWordsAreBoolean() {
    assertThat(AttributeTypes.infer(List.of("Ja", "nej", "", "JA"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.BOOLEAN);
    assertThat(AttributeTypes.infer(List.of("TRUE", "FALSE"), DecimalStyle.DOT))
        .isEqualTo(AttributeKind.BOOLEAN);
    assertThat(AttributeTypes.infer(List.of("j", "n", "y"), DecimalStyle.DOT))
        .isEqualTo(AttributeKind.BOOLEAN);
    assertThat(AttributeTypes.infer(List.of("sant", "falskt"), DecimalStyle.DOT))
        .isEqualTo(AttributeKind.BOOLEAN);
  }

  @Test
  void crossesAndOnesAreNotBoolean() {
    assertThat(AttributeTypes.infer(List.of("x", "", "x"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
    assertThat(AttributeTypes.infer(List.of("1", "0", "1"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.NUMBER);
    assertThat(AttributeTypes.infer(List.of("ja", "kanske"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
  }

  @Test
  void numbersInTheColumnStyleAreNumbers() {
    assertThat(AttributeTypes.infer(List.of("12", "1 234,50", "-3,5", "", "0"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.NUMBER);
    assertThat(AttributeTypes.infer(List.of("1,234.50", "0.5"), DecimalStyle.DOT))
        .isEqualTo(AttributeKind.NUMBER);
    assertThat(AttributeTypes.infer(List.of("45000", "45382"), DecimalStyle.DOT))
        .isEqualTo(AttributeKind.NUMBER);
    assertThat(AttributeTypes.infer(List.of("12,5", "abc"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
  }

  @Test
  void leadingZerosMakeCodes() {
    assertThat(AttributeTypes.infer(List.of("123", "00123"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
    assertThat(AttributeTypes.infer(List.of("01110", "46190", "62010"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
    assertThat(AttributeTypes.infer(List.of("0,5", "0"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.NUMBER);
  }

  @Test
  void datesOfOneFormAreDates() {
    assertThat(AttributeTypes.infer(List.of("2024-03-31", "", "2023-01-15"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.DATE);
    assertThat(AttributeTypes.infer(List.of("15/04/2024", "03/04/2024"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.DATE);
    assertThat(AttributeTypes.infer(List.of("20240331", "20231231"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.DATE);
  }

  @Test
  void ambiguousDatesStayCategories() {
    assertThat(AttributeTypes.infer(List.of("03/04/2024", "12/01/2024"), DecimalStyle.COMMA))
        .isEqualTo(AttributeKind.CATEGORY);
  }

  @ParameterizedTest
  @CsvSource({
    "ja, true",
    "JA, true",
    "j, true",
    "yes, true",
    "Y, true",
    "true, true",
    "TRUE, true",
    "sant, true",
    "nej, false",
    "N, false",
    "no, false",
    "false, false",
    "Falskt, false"
  })
  void parsesBooleanWords(String text, boolean expected) {
    assertThat(AttributeTypes.parseBoolean(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "1", "0", "jaa", "nope"})
  void rejectsOtherBooleans(String text) {
    assertThatThrownBy(() -> AttributeTypes.parseBoolean(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'" + text + "' is not yes or no (ja/nej, j/n, yes/no, y/n, true/false, sant/falskt)");
  }
}
