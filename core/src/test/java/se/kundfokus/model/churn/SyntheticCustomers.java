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
}
