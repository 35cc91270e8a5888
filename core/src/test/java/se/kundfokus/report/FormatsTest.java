package se.kundfokus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private static final Formats SV = Formats.of(Language.SV);
  private static final Formats EN = Formats.of(Language.EN);

  @Test
  void swedishMoneyHasNonBreakingSpacesAndKronor() {
    assertThat(SV.money(1_234_567.4)).isEqualTo("1\u00a0234\u00a0567\u00a0kr");
    assertThat(SV.money(-1_234.5)).isEqualTo("-1\u00a0235\u00a0kr");
    assertThat(SV.number(1234.5, 1)).isEqualTo("1\u00a0234,5");
  }

  @Test
  void englishMoneyHasCommas() {
    assertThat(EN.money(1_234_567.4)).isEqualTo("1,234,567\u00a0SEK");
    assertThat(EN.number(1234.5, 1)).isEqualTo("1,234.5");
    assertThat(EN.count(1_234_567L)).isEqualTo("1,234,567");
  }

  @Test
  void sharesArePercentagesWithADecimalBelowTen() {
    assertThat(SV.percent(0.456)).isEqualTo("46\u00a0%");
    assertThat(SV.percent(0.045)).isEqualTo("4,5\u00a0%");
    assertThat(EN.percent(0.456)).isEqualTo("46%");
    assertThat(EN.percent(-0.3)).isEqualTo("-30%");
    assertThat(EN.percent(0)).isEqualTo("0%");
  }

  @Test
  void ratiosScoresParametersAndDates() {
    assertThat(SV.ratio(2.345)).isEqualTo("2,35");
    assertThat(EN.score(72.6)).isEqualTo("73");
    assertThat(EN.parameter(0.243)).isEqualTo("0.2430");
    assertThat(SV.date(LocalDate.of(2025, 3, 31))).isEqualTo("2025-03-31");
  }

  @Test
  void whatIsNotANumberIsADashAndMinusZeroIsZero() {
    assertThat(SV.money(Double.NaN)).isEqualTo("–");
    assertThat(EN.percent(Double.POSITIVE_INFINITY)).isEqualTo("–");
    assertThat(EN.number(-0.2, 0)).isEqualTo("0");
  }
}
