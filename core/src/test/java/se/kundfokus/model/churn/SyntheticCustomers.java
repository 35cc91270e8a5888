package se.kundfokus.model.churn;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded populations drawn from the models themselves, whose true parameters are known. The same
 * seed gives the same customers.
 */
final class SyntheticCustomers {

  static final long DEFAULT_SEED = 20050101L;

  private SyntheticCustomers() {}

  /**
   * A BG/NBD population observed for {@code age} time units each, with the purchases each makes in
   * the following {@code horizon}.
   */
  static Population bgNbd(
      BgNbdParameters truth, int customers, double age, double horizon, long seed) {
    RandomGenerator random = new Well19937c(seed);
    GammaDistribution rates =
        new GammaDistribution(
            random,
            truth.r(),
            1.0 / truth.alpha(),
            GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    BetaDistribution dropouts =
        new BetaDistribution(
            random, truth.a(), truth.b(), BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    List<CustomerSummary> summaries = new ArrayList<>(customers);
    List<Integer> later = new ArrayList<>(customers);
    List<Boolean> alive = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double rate = rates.sample();
      double dropout = dropouts.sample();
      int x = 0;
      double last = 0.0;
      double time = 0.0;
      int after = 0;
      boolean dropped = false;
      while (true) {
        time += -Math.log(1.0 - random.nextDouble()) / rate;
        if (time > age + horizon) {
          break;
        }
        if (time <= age) {
          x++;
          last = time;
        } else {
          after++;
        }
        if (random.nextDouble() < dropout) {
          dropped = time <= age;
          break;
        }
      }
      summaries.add(CustomerSummary.of("c" + i, x, last, age));
      later.add(after);
      alive.add(!dropped);
    }
    return new Population(summaries, later, alive);
  }

  /**
   * A Gamma-Gamma population: customer i has 1 to {@code maxRepeats} repeat transactions, each
   * amount drawn from Gamma(p, &nu;<sub>i</sub>) with &nu;<sub>i</sub> ~ Gamma(q, v), and the
   * amount of one more transaction.
   */
  static SpendPopulation gammaGamma(
      GammaGammaParameters truth, int customers, int maxRepeats, long seed) {
    RandomGenerator random = new Well19937c(seed);
    GammaDistribution rates =
        new GammaDistribution(
            random,
            truth.q(),
            1.0 / truth.v(),
            GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    GammaDistribution amounts =
        new GammaDistribution(
            random, truth.p(), 1.0, GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    List<CustomerSummary> summaries = new ArrayList<>(customers);
    List<Double> next = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double rate = rates.sample();
      int x = 1 + random.nextInt(maxRepeats);
      double total = 0.0;
      for (int k = 0; k < x; k++) {
        total += amounts.sample() / rate;
      }
      summaries.add(new CustomerSummary("c" + i, x, 1.0, 1.0, total / x));
      next.add(amounts.sample() / rate);
    }
    return new SpendPopulation(summaries, next);
  }

  /**
   * Calibration summaries; per customer, the purchases made after the calibration period and
   * whether they were still alive at its end.
   */
  record Population(
      List<CustomerSummary> summaries, List<Integer> purchasesAfter, List<Boolean> aliveAtEnd) {

    Population {
      summaries = List.copyOf(summaries);
      purchasesAfter = List.copyOf(purchasesAfter);
      aliveAtEnd = List.copyOf(aliveAtEnd);
    }
  }

  /** Summaries with spend, and per customer the amount of their next transaction. */
  record SpendPopulation(List<CustomerSummary> summaries, List<Double> nextAmounts) {

    SpendPopulation {
      summaries = List.copyOf(summaries);
      nextAmounts = List.copyOf(nextAmounts);
    }
  }
}
