package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdParametersTest {

  private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  @Test
  void customersWithoutRepeatPurchasesAreAlive() {
    // In BG/NBD a customer can only drop out right after a repeat purchase.
    assertThat(CDNOW.probabilityAlive(0, 0, 0)).isEqualTo(1.0);
    assertThat(CDNOW.probabilityAlive(0, 0, 500)).isEqualTo(1.0);
  }

  @Test
  void probabilityAliveByHand() {
    // odds of death = a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x) = 1/2 * 2^2 = 2
    BgNbdParameters parameters = new BgNbdParameters(1, 1, 1, 2);
    assertThat(parameters.probabilityAlive(1, 1, 3)).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void probabilityAliveGrowsWithRecencyAndShrinksWithAge() {
    double previous = 0.0;
    for (double recency = 0; recency <= 40; recency += 5) {
      double alive = CDNOW.probabilityAlive(3, recency, 40);
      assertThat(alive).isGreaterThan(previous).isLessThanOrEqualTo(1.0);
      previous = alive;
    }
    assertThat(CDNOW.probabilityAlive(3, 40, 40))
        .isCloseTo(1.0 / (1 + 0.793 / (2.426 + 2)), within(1e-15));
    assertThat(CDNOW.probabilityAlive(3, 10, 60)).isLessThan(CDNOW.probabilityAlive(3, 10, 40));
  }

  @Test
  void expectedPurchasesOfANewCustomerByHand() {
    // r = 1, b = 1, a = 2: 2F1(1, 1; 2; z) = -ln(1 - z) / z, so E[X(t)] = 2 (1 - alpha/t ln(1 +
    // t/alpha))
    BgNbdParameters parameters = new BgNbdParameters(1, 1, 2, 1);
    assertThat(parameters.expectedPurchasesNewCustomer(1))
        .isCloseTo(2 * (1 - Math.log(2)), within(1e-14));
    assertThat(parameters.expectedPurchasesNewCustomer(10))
        .isCloseTo(2 * (1 - 0.1 * Math.log(11)), within(1e-14));
  }

  @Test
  void aNewCustomerIsOneWithoutHistory() {
    for (double t : List.of(0.0, 1e-3, 1.0, 39.0, 520.0)) {
      assertThat(CDNOW.expectedPurchases(t, 0, 0, 0))
          .isEqualTo(CDNOW.expectedPurchasesNewCustomer(t));
    }
    assertThat(CDNOW.expectedPurchasesNewCustomer(0)).isZero();
  }

  @Test
  void buysAtTheMeanRateAtFirst() {
    // Alive at the start, a new customer buys at the mean rate r / alpha.
    double t = 1e-6;
    assertThat(CDNOW.expectedPurchasesNewCustomer(t) / t).isCloseTo(0.243 / 4.414, within(1e-6));
  }

  @Test
  void expectedPurchasesMatchTheUntransformedFormula() {
    double r = CDNOW.r();
    double alpha = CDNOW.alpha();
    double a = CDNOW.a();
    double b = CDNOW.b();
    for (int x : List.of(0, 1, 2, 7, 20)) {
      double recency = x == 0 ? 0 : 30.0;
      double age = 38.86;
      double t = 39;
      double z = t / (alpha + age + t);
      double untransformed =
          (a + b + x - 1)
              / (a - 1)
              * (1
                  - Math.pow((alpha + age) / (alpha + age + t), r + x)
                      * Hypergeometric.f21(r + x, b + x, a + b + x - 1, z))
              * CDNOW.probabilityAlive(x, recency, age);
      assertThat(CDNOW.expectedPurchases(t, x, recency, age))
          .as("x = %d", x)
          .isCloseTo(untransformed, within(1e-11 * Math.max(1, untransformed)));
    }
  }

  @Test
  void expectedPurchasesGrowWithRecency() {
    double previous = 0.0;
    for (double recency = 0; recency <= 40; recency += 5) {
      double expected = CDNOW.expectedPurchases(52, 3, recency, 40);
      assertThat(expected).isGreaterThan(previous);
      previous = expected;
    }
  }

  @Test
  void frequentBuyersNeitherOverflowNorExceedTheirRate() {
    double expected = CDNOW.expectedPurchases(52, 2000, 51.9, 52);
    double rate = (0.243 + 2000) / (4.414 + 52);
    assertThat(expected).isFinite().isPositive().isLessThan(rate * 52);
    assertThat(expected).isGreaterThan(0.5 * rate * 52 * CDNOW.probabilityAlive(2000, 51.9, 52));
  }

  @Test
  void directAndEulerFormsAgree() {
    BgNbdParameters parameters = new BgNbdParameters(0.8, 5, 4.0, 7.0);
    for (int x : List.of(0, 1, 3, 10, 60)) {
      double direct = parameters.expectedIfAliveDirect(52, x, 40, 4.0);
      double euler = parameters.expectedIfAliveEuler(52, x, 40, 4.0);
      assertThat(direct).as("x = %d", x).isCloseTo(euler, within(1e-10 * euler));
    }
  }

  @Test
  void veryLargeAAndBApproachOneDropOutChanceForAll() {
    // When a and b grow with a / (a + b) = p fixed, every customer drops out with chance p after
    // each purchase; a customer alive at T with rate lambda then expects (1 - e^(-lambda p t)) / p
    // purchases in the next t, which over lambda ~ Gamma(r + x, alpha + T) is
    // (1 - ((alpha + T) / (alpha + T + p t))^(r + x)) / p, times the chance of being alive.
    double r = 4.2;
    double alpha = 8.3;
    double a = 5.3e6;
    double b = 1.56e9;
    double p = a / (a + b);
    BgNbdParameters parameters = new BgNbdParameters(r, alpha, a, b);
    for (int x : List.of(0, 5, 80, 400)) {
      double age = 150;
      double t = 52;
      double limit =
          (1 - Math.pow((alpha + age) / (alpha + age + p * t), r + x))
              / p
              * parameters.probabilityAlive(x, age, age);
      assertThat(parameters.expectedPurchases(t, x, age, age))
          .as("x = %d", x)
          .isCloseTo(limit, within(1e-3 * limit));
    }
  }

  @Test
  void isContinuousWhereAIsOne() {
    BgNbdParameters atOne = new BgNbdParameters(0.5, 3, 1.0, 2);
    double below = new BgNbdParameters(0.5, 3, 1.0 - 1e-4, 2).expectedPurchases(26, 2, 10, 20);
    double above = new BgNbdParameters(0.5, 3, 1.0 + 1e-4, 2).expectedPurchases(26, 2, 10, 20);
    assertThat(atOne.expectedPurchases(26, 2, 10, 20))
        .isFinite()
        .isCloseTo((below + above) / 2, within(1e-7));
  }

  @Test
  void logLikelihoodOfOneCustomerByHand() {
    // x = 0: B(a, b) / B(a, b) * (alpha / (alpha + T))^r
    BgNbdParameters parameters = new BgNbdParameters(2, 3, 1.5, 2.5);
    assertThat(parameters.logLikelihood(0, 0, 7)).isCloseTo(2 * Math.log(0.3), within(1e-14));
  }

  @Test
  void rejectsImpossibleHistories() {
    assertThatThrownBy(() -> CDNOW.probabilityAlive(1, 5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t_x must be between 0 and T (4.0), was 5.0");
    assertThatThrownBy(() -> CDNOW.expectedPurchases(-1, 1, 1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be finite and not negative, was -1.0");
    assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("r must be positive and finite, was 0.0");
  }
}
