package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

  private static final GammaGammaParameters TRUTH = new GammaGammaParameters(6, 4, 15);

  /**
   * 20,000 customers with 1 to 5 repeat transactions. The mean amount identifies p and v mainly
   * through how much more the means of few transactions vary, so their standard errors are about 5
   * % and 6 % at this size (q: 2 %); the tolerance is four standard errors from the observed
   * information.
   */
  @Test
  void recoversTheParametersOfASimulatedPopulation() {
    SimulatedPopulations.SpendPopulation population =
        SimulatedPopulations.gammaGamma(TRUTH, 20_000, 5, SimulatedPopulations.DEFAULT_SEED);
    GammaGammaData data = new GammaGammaData(population.summaries());

    GammaGamma.Fitted fitted = GammaGamma.fit(population.summaries(), new GammaGamma.Options());

    double[] estimate = {fitted.p(), fitted.q(), fitted.v()};
    double[] truth = {TRUTH.p(), TRUTH.q(), TRUTH.v()};
    double[] errors = StandardErrors.ofLogParameters(data::logLikelihood, estimate);
    double[] ceilings = {0.06, 0.03, 0.08};
    for (int i = 0; i < 3; i++) {
      assertThat(errors[i]).as("standard error %d", i).isLessThan(ceilings[i]);
      assertThat(Math.log(estimate[i] / truth[i]))
          .as("parameter %d", i)
          .isBetween(-4 * errors[i], 4 * errors[i]);
    }
    assertThat(fitted.logLikelihood()).isGreaterThanOrEqualTo(data.logLikelihood(truth));
    assertThat(fitted.customers()).isEqualTo(20_000);
  }

  /**
   * With the true parameters, the next transaction's amount minus its conditional expectation has
   * mean 0, so their sum is within four of its estimated standard deviations.
   */
  @Test
  void expectedSpendMatchesTheSimulatedNextTransaction() {
    SimulatedPopulations.SpendPopulation population =
        SimulatedPopulations.gammaGamma(TRUTH, 20_000, 5, SimulatedPopulations.DEFAULT_SEED + 1);

    double sum = 0;
    double squares = 0;
    for (int i = 0; i < 20_000; i++) {
      double residual =
          population.nextAmounts().get(i)
              - TRUTH.expectedAverageSpend(population.summaries().get(i));
      sum += residual;
      squares += residual * residual;
    }

    assertThat(Math.abs(sum)).isLessThan(4 * Math.sqrt(squares));
  }

  @Test
  void expectedAverageSpendByHand() {
    // p (v + x m) / (p x + q - 1) = 6 (15 + 3 * 20) / (18 + 3) = 450 / 21
    assertThat(TRUTH.expectedAverageSpend(3, 20)).isCloseTo(450.0 / 21, within(1e-12));
    // the population mean p v / (q - 1) = 30
    assertThat(TRUTH.expectedAverageSpend(0, 0)).isCloseTo(30, within(1e-12));
    assertThat(new GammaGammaParameters(1, 0.5, 1).expectedAverageSpend(0, 0)).isInfinite();
  }

  @Test
  void expectedAverageSpendMovesFromThePopulationMeanTowardsTheCustomers() {
    assertThat(TRUTH.expectedAverageSpend(1, 100)).isBetween(30.0, 100.0);
    assertThat(TRUTH.expectedAverageSpend(10, 100))
        .isBetween(TRUTH.expectedAverageSpend(1, 100), 100.0);
  }

  @Test
  void logLikelihoodSumsOverCustomers() {
    List<CustomerSummary> customers =
        List.of(
            new CustomerSummary("A", 1, 1, 2, 10),
            new CustomerSummary("B", 4, 1, 2, 25.5),
            new CustomerSummary("C", 4, 2, 2, 3));
    double sum = 0;
    for (CustomerSummary customer : customers) {
      sum += TRUTH.logLikelihood(customer.frequency(), customer.averageSpend());
    }

    assertThat(new GammaGammaData(customers).logLikelihood(new double[] {6, 4, 15}))
        .isCloseTo(sum, within(1e-10));
  }

  @Test
  void ignoresCustomersWithoutRepeatPurchases() {
    List<CustomerSummary> customers =
        List.of(
            CustomerSummary.of("A", 0, 0, 5),
            new CustomerSummary("B", 2, 1, 5, 10),
            new CustomerSummary("C", 1, 1, 5, 30),
            new CustomerSummary("D", 3, 1, 5, 12));

    assertThat(GammaGamma.fit(customers, new GammaGamma.Options()).customers()).isEqualTo(3);
  }

  @Test
  void nonPositiveSpendFailsOrIsSkipped() {
    List<CustomerSummary> customers =
        List.of(
            new CustomerSummary("B", 2, 1, 5, 10),
            new CustomerSummary("C", 1, 1, 5, 30),
            new CustomerSummary("D", 3, 1, 5, 12),
            new CustomerSummary("E", 1, 1, 5, -4));

    assertThatThrownBy(() -> GammaGamma.fit(customers, new GammaGamma.Options()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "customer E: averageSpend must be positive for the Gamma-Gamma model, was -4.0");
    GammaGamma.Fitted fitted =
        GammaGamma.fit(
            customers, new GammaGamma.Options().withNonPositiveSpend(NonPositiveSpend.SKIP));
    assertThat(fitted.customers()).isEqualTo(3);
    assertThat(fitted.skipped()).isEqualTo(1);
  }

  @Test
  void refusesDataWithoutRepeatPurchases() {
    assertThatThrownBy(
            () ->
                GammaGamma.fit(List.of(CustomerSummary.of("A", 0, 0, 3)), new GammaGamma.Options()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "at least one customer must have a repeat purchase with positive spend, none of 1 has");
  }

  @Test
  void validatesOptions() {
    assertThatThrownBy(
            () ->
                new GammaGamma.Options(
                    GammaGamma.Options.DEFAULT_START, 2, 100, NonPositiveSpend.FAIL))
        .hasMessage("tolerance must be in (0, 1), was 2.0");
    assertThatThrownBy(
            () ->
                new GammaGamma.Options(
                    GammaGamma.Options.DEFAULT_START, 1e-6, 0, NonPositiveSpend.FAIL))
        .hasMessage("maxEvaluations must be at least 10, was 0");
    assertThatThrownBy(() -> TRUTH.logLikelihood(0, 0))
        .hasMessage("the likelihood needs x >= 1 and a positive mean, were 0 and 0.0");
  }
}
