package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCellTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil\",\"klick\")",
        "+46 8 123 45",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1"
      })
  void aFormulaStartIsPrefixedWithAnApostrophe(String text) {
    assertThat(SafeCell.startsLikeAFormula(text)).isTrue();
    assertThat(SafeCell.text(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Åkesson AB", "A=B", "1-2", " =1", "'quoted", "<b>AB</b>"})
  void otherTextIsLeftAsItIs(String text) {
    assertThat(SafeCell.startsLikeAFormula(text)).isFalse();
    assertThat(SafeCell.text(text)).isEqualTo(text);
  }
}
