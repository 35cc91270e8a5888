package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HypergeometricTest {

  @ParameterizedTest
  @ValueSource(doubles = {1e-9, 0.1, 0.5, 0.9, 0.99, 0.999})
  void matchesTheLogarithm(double z) {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    assertThat(Hypergeometric.f21(1, 1, 2, z))
        .isCloseTo(-Math.log1p(-z) / z, within(1e-13 * -Math.log1p(-z) / z));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 0.7, 0.95})
  void matchesTheBinomialSeries(double z) {
    // 2F1(a, b; b; z) = (1 - z)^-a
    assertThat(Hypergeometric.f21(0.37, 2.5, 2.5, z))
        .isCloseTo(Math.pow(1 - z, -0.37), within(1e-13 * Math.pow(1 - z, -0.37)));
  }

  @Test
  void isOneAtZero() {
    assertThat(Hypergeometric.f21(3.2, 1.1, 0.4, 0.0)).isEqualTo(1.0);
  }

  @Test
  void stopsWhenTheSeriesTerminates() {
    // (a)_n is 0 from n = 3 on when a = -2: 1 + (-2)(1)/1 z + (-2)(-1)(1)(2)/(1*2*2) z^2
    assertThat(Hypergeometric.f21(-2, 1, 1, 0.5)).isCloseTo(1 - 1 + 0.25, within(1e-15));
  }

  @Test
  void rejectsArgumentsOutsideItsDomain() {
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("z must be in [0, 1), was 1.0");
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, -2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("c must not be a non-positive integer, was -2.0");
  }

  @Test
  void failsRatherThanReturnAnUnconvergedSum() {
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1 - 1e-9))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("did not converge in 1000000 terms");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 0.9})
  void logarithmMatchesTheSeries(double z) {
    assertThat(Hypergeometric.logF21(2.3, 4.1, 3.7, z))
        .isCloseTo(Math.log(Hypergeometric.f21(2.3, 4.1, 3.7, z)), within(1e-13));
  }

  @Test
  void logarithmDoesNotOverflowWhereTheFunctionDoes() {
    // 2F1(a, b; b; z) = (1 - z)^-a, here e^(5000 ln 2), far beyond the largest double.
    assertThat(Hypergeometric.f21(5000, 1.5, 1.5, 0.5)).isInfinite();
    assertThat(Hypergeometric.logF21(5000, 1.5, 1.5, 0.5))
        .isCloseTo(5000 * Math.log(2), within(1e-9 * 5000));
  }
}
