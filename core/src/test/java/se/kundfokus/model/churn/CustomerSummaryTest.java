package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerSummaryTest {

  @Test
  void acceptsAValidHistory() {
    CustomerSummary summary = new CustomerSummary("A", 3, 10.0, 20.0, 12.5);

    assertThat(summary.frequency()).isEqualTo(3);
    assertThat(CustomerSummary.of("B", 0, 0.0, 5.0).averageSpend()).isZero();
  }

  @Test
  void rejectsRecencyAfterAge() {
    assertThatThrownBy(() -> new CustomerSummary("A", 1, 21.0, 20.0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer A: recency must be between 0 and age (20.0), was 21.0");
  }

  @Test
  void rejectsNegativeFrequencyAndAge() {
    assertThatThrownBy(() -> CustomerSummary.of("A", -1, 0.0, 1.0))
        .hasMessage("customer A: frequency must not be negative, was -1");
    assertThatThrownBy(() -> CustomerSummary.of("A", 0, 0.0, -1.0))
        .hasMessage("customer A: age must be finite and not negative, was -1.0");
  }

  @Test
  void rejectsRecencyOrSpendWithoutRepeatPurchases() {
    assertThatThrownBy(() -> CustomerSummary.of("A", 0, 1.0, 2.0))
        .hasMessageContaining("without repeat purchases recency and averageSpend must be 0");
    assertThatThrownBy(() -> new CustomerSummary("A", 0, 0.0, 2.0, 9.0))
        .hasMessageContaining("without repeat purchases recency and averageSpend must be 0");
  }

  @Test
  void rejectsNonFiniteSpend() {
    assertThatThrownBy(() -> new CustomerSummary("A", 1, 1.0, 2.0, Double.NaN))
        .hasMessage("customer A: averageSpend must be finite, was NaN");
  }
}
