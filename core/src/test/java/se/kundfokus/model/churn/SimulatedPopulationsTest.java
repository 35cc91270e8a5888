package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedPopulationsTest {

  /**
   * Purchase rates Gamma(r = 2, &alpha; = 20 weeks), mean r / &alpha; = 0.1 a week, and a drop-out
   * chance of about 1e-6 per purchase (Beta(0.001, 1000)), so that nearly every customer stays and
   * the repeat purchases per week of observation average r / &alpha;.
   */
  private static final BgNbdParameters IMMORTAL = new BgNbdParameters(2, 20, 0.001, 1000);

  private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  @Test
  void theSameSeedGivesTheSamePopulation() {
    long seed = SimulatedPopulations.DEFAULT_SEED;

    assertThat(SimulatedPopulations.bgNbd(CDNOW, 1_000, 52, 26, seed))
        .isEqualTo(SimulatedPopulations.bgNbd(CDNOW, 1_000, 52, 26, seed))
        .isNotEqualTo(SimulatedPopulations.bgNbd(CDNOW, 1_000, 52, 26, seed + 1));
    assertThat(SimulatedPopulations.bgNbdRegister(CDNOW, 1_000, 1_096, 182, TimeUnit.WEEKS, seed))
        .isEqualTo(
            SimulatedPopulations.bgNbdRegister(CDNOW, 1_000, 1_096, 182, TimeUnit.WEEKS, seed))
        .isNotEqualTo(
            SimulatedPopulations.bgNbdRegister(CDNOW, 1_000, 1_096, 182, TimeUnit.WEEKS, seed + 1));
    GammaGammaParameters spend = new GammaGammaParameters(6, 4, 15);
    assertThat(SimulatedPopulations.gammaGamma(spend, 1_000, 5, seed))
        .isEqualTo(SimulatedPopulations.gammaGamma(spend, 1_000, 5, seed));
  }

  /**
   * 20,000 customers observed for 52 weeks make about 10 repeat purchases each; the standard error
   * of their mean rate is about 0.5 %, so 3 % is far outside chance.
   */
  @Test
  void meanPurchaseRateIsRoverAlpha() {
    SimulatedPopulations.Population population =
        SimulatedPopulations.bgNbd(IMMORTAL, 20_000, 52, 0, SimulatedPopulations.DEFAULT_SEED);

    assertThat(purchasesPerWeek(population.summaries())).isCloseTo(0.1, within(0.003));
    assertThat(population.aliveAtEnd()).doesNotContain(false);
  }

  /**
   * The same in a register of three years: T is spread over the window, so the rate is the repeat
   * purchases over the weeks observed; same-day purchases are merged, which at 0.1 a week loses
   * under 1 % of them.
   */
  @Test
  void registerPopulationHasTheMeanPurchaseRateAndDayGrid() {
    SimulatedPopulations.Population population =
        SimulatedPopulations.bgNbdRegister(
            IMMORTAL, 20_000, 1_096, 0, TimeUnit.WEEKS, SimulatedPopulations.DEFAULT_SEED);

    assertThat(purchasesPerWeek(population.summaries())).isCloseTo(0.1, within(0.003));
    Set<Double> ages = new HashSet<>();
    for (CustomerSummary customer : population.summaries()) {
      assertThat(customer.age() * 7).isCloseTo(Math.rint(customer.age() * 7), within(1e-9));
      assertThat(customer.recency() * 7).isCloseTo(Math.rint(customer.recency() * 7), within(1e-9));
      ages.add(customer.age());
    }
    assertThat(ages).hasSize(1_096);
    assertThat(population.purchasesAfter()).containsOnly(0);
  }

  @Test
  void registerPopulationCountsPurchasesInTheHorizon() {
    SimulatedPopulations.Population population =
        SimulatedPopulations.bgNbdRegister(
            IMMORTAL, 5_000, 365, 364, TimeUnit.WEEKS, SimulatedPopulations.DEFAULT_SEED);

    int after = population.purchasesAfter().stream().mapToInt(Integer::intValue).sum();
    // 52 weeks at 0.1 a week for each of 5,000 customers: about 26,000
    assertThat(after).isBetween(24_000, 28_000);
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> SimulatedPopulations.bgNbd(CDNOW, -1, 52, 0, 1))
        .hasMessage("customers must not be negative, was -1");
    assertThatThrownBy(() -> SimulatedPopulations.bgNbd(CDNOW, 1, -1, 0, 1))
        .hasMessage("age must be finite and not negative, was -1.0");
    assertThatThrownBy(() -> SimulatedPopulations.bgNbd(CDNOW, 1, 1, Double.NaN, 1))
        .hasMessage("horizon must be finite and not negative, was NaN");
    assertThatThrownBy(() -> SimulatedPopulations.bgNbdRegister(CDNOW, 1, 0, 0, TimeUnit.WEEKS, 1))
        .hasMessage("days must be at least 1, was 0");
    assertThatThrownBy(() -> SimulatedPopulations.bgNbdRegister(CDNOW, 1, 7, -1, TimeUnit.WEEKS, 1))
        .hasMessage("horizonDays must not be negative, was -1");
    assertThatThrownBy(
            () -> SimulatedPopulations.gammaGamma(new GammaGammaParameters(1, 1, 1), 1, 0, 1))
        .hasMessage("maxRepeats must be at least 1, was 0");
    List<CustomerSummary> one = List.of(CustomerSummary.of("c0", 0, 0, 1));
    assertThatThrownBy(() -> new SimulatedPopulations.Population(one, List.of(), List.of(true)))
        .hasMessage(
            "summaries, purchasesAfter and aliveAtEnd must have one entry per customer, had 1, 0"
                + " and 1");
    assertThatThrownBy(() -> new SimulatedPopulations.SpendPopulation(one, List.of()))
        .hasMessage("summaries and nextAmounts must have one entry per customer, had 1 and 0");
  }

  private static double purchasesPerWeek(List<CustomerSummary> summaries) {
    double purchases = 0;
    double weeks = 0;
    for (CustomerSummary customer : summaries) {
      purchases += customer.frequency();
      weeks += customer.age();
    }
    return purchases / weeks;
  }
}
