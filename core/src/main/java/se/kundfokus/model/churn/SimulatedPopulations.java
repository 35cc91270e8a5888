package se.kundfokus.model.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded populations drawn from the BG/NBD and Gamma-Gamma models themselves, whose true parameters
 * are known: for tests that check a fit recovers them, and for benchmarks of the fits. The same
 * arguments, seed included, always give the same customers; customer i has the id {@code "c" + i}.
 */
public final class SimulatedPopulations {

  /** The seed of the tests and benchmarks, unless they need several populations. */
  public static final long DEFAULT_SEED = 20050101L;

  private SimulatedPopulations() {}

  /**
   * A BG/NBD population whose customers all made their first purchase at time 0 and are observed
   * for {@code age} time units, with the purchases each makes in the following {@code horizon}.
   * Purchase times are continuous, so nearly every buying customer has its own t<sub>x</sub>.
   *
   * @param truth the parameters to draw from, &alpha; in the time unit of {@code age}
   * @param customers how many, at least 0
   * @param age T of every customer, not negative
   * @param horizon the length of the period after the calibration period, not negative
   * @param seed the seed of the random numbers
   */
  public static Population bgNbd(
      BgNbdParameters truth, int customers, double age, double horizon, long seed) {
    Objects.requireNonNull(truth, "truth must not be null");
    requireNotNegative("customers", customers);
    if (!(age >= 0.0 && Double.isFinite(age))) {
      throw new IllegalArgumentException("age must be finite and not negative, was " + age);
    }
    if (!(horizon >= 0.0 && Double.isFinite(horizon))) {
      throw new IllegalArgumentException("horizon must be finite and not negative, was " + horizon);
    }
    RandomGenerator random = new Well19937c(seed);
    Customers drawn = new Customers(random, truth);
    List<CustomerSummary> summaries = new ArrayList<>(customers);
    List<Integer> later = new ArrayList<>(customers);
    List<Boolean> alive = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double rate = drawn.rate();
      double dropout = drawn.dropout();
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
   * A BG/NBD population as a customer register holds it: the customers made their first purchase on
   * days spread evenly over a window of {@code days} days, which ends on the calibration end date,
   * and purchases are dated by the day. As {@link CustomerSummaries} does, all purchases of one day
   * are one transaction, and t<sub>x</sub> and T are whole days expressed in {@code unit}. So T
   * takes {@code days} values and t<sub>x</sub> at most as many, and the number of distinct (x,
   * t<sub>x</sub>, T) histories is that of a real register of this length, not one per customer.
   *
   * <p>Several purchases drawn on one day count as one, so x is slightly below the model's where
   * customers buy several times a day; at rates of a few purchases a month the difference is
   * negligible.
   *
   * @param truth the parameters to draw from, &alpha; in {@code unit}
   * @param customers how many, at least 0
   * @param days the length of the window in days, at least 1; T runs from 0 to {@code days - 1}
   *     days
   * @param horizonDays the days after the calibration end date in which {@link
   *     Population#purchasesAfter()} are counted (as purchase days), not negative
   * @param unit the time unit of the summaries and of {@code truth}
   * @param seed the seed of the random numbers
   */
  public static Population bgNbdRegister(
      BgNbdParameters truth, int customers, int days, int horizonDays, TimeUnit unit, long seed) {
    Objects.requireNonNull(truth, "truth must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    requireNotNegative("customers", customers);
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    requireNotNegative("horizonDays", horizonDays);
    RandomGenerator random = new Well19937c(seed);
    Customers drawn = new Customers(random, truth);
    List<CustomerSummary> summaries = new ArrayList<>(customers);
    List<Integer> later = new ArrayList<>(customers);
    List<Boolean> alive = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double rate = drawn.rate();
      double dropout = drawn.dropout();
      int ageDays = random.nextInt(days);
      int x = 0;
      long lastDay = 0;
      long recencyDays = 0;
      int after = 0;
      boolean dropped = false;
      double time = 0.0;
      while (true) {
        time += -Math.log(1.0 - random.nextDouble()) / rate;
        long day = (long) Math.floor(time * unit.days());
        if (day > ageDays + (long) horizonDays) {
          break;
        }
        if (day > lastDay) {
          if (day <= ageDays) {
            x++;
            recencyDays = day;
          } else {
            after++;
          }
          lastDay = day;
        }
        if (random.nextDouble() < dropout) {
          dropped = day <= ageDays;
          break;
        }
      }
      summaries.add(
          CustomerSummary.of("c" + i, x, unit.fromDays(recencyDays), unit.fromDays(ageDays)));
      later.add(after);
      alive.add(!dropped);
    }
    return new Population(summaries, later, alive);
  }

  /**
   * A Gamma-Gamma population: customer i has 1 to {@code maxRepeats} repeat transactions, each
   * amount drawn from Gamma(p, &nu;<sub>i</sub>) with &nu;<sub>i</sub> ~ Gamma(q, v), and the
   * amount of one more transaction. Recency and age are 1 for every customer.
   *
   * @param truth the parameters to draw from
   * @param customers how many, at least 0
   * @param maxRepeats the most repeat transactions of a customer, at least 1
   * @param seed the seed of the random numbers
   */
  public static SpendPopulation gammaGamma(
      GammaGammaParameters truth, int customers, int maxRepeats, long seed) {
    Objects.requireNonNull(truth, "truth must not be null");
    requireNotNegative("customers", customers);
    if (maxRepeats < 1) {
      throw new IllegalArgumentException("maxRepeats must be at least 1, was " + maxRepeats);
    }
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

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  /** Each customer's purchase rate &lambda; ~ Gamma(r, &alpha;) and drop-out p ~ Beta(a, b). */
  private static final class Customers {
    private final GammaDistribution rates;
    private final BetaDistribution dropouts;

    Customers(RandomGenerator random, BgNbdParameters truth) {
      rates =
          new GammaDistribution(
              random,
              truth.r(),
              1.0 / truth.alpha(),
              GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
      dropouts =
          new BetaDistribution(
              random, truth.a(), truth.b(), BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    double rate() {
      return rates.sample();
    }

    double dropout() {
      return dropouts.sample();
    }
  }

  /**
   * A simulated BG/NBD population.
   *
   * @param summaries each customer's calibration history
   * @param purchasesAfter per customer, the purchases made after the calibration period, in the
   *     horizon it was simulated for
   * @param aliveAtEnd per customer, whether they were still alive at the end of the calibration
   *     period
   */
  public record Population(
      List<CustomerSummary> summaries, List<Integer> purchasesAfter, List<Boolean> aliveAtEnd) {

    public Population {
      summaries = List.copyOf(Objects.requireNonNull(summaries, "summaries must not be null"));
      purchasesAfter =
          List.copyOf(Objects.requireNonNull(purchasesAfter, "purchasesAfter must not be null"));
      aliveAtEnd = List.copyOf(Objects.requireNonNull(aliveAtEnd, "aliveAtEnd must not be null"));
      if (purchasesAfter.size() != summaries.size() || aliveAtEnd.size() != summaries.size()) {
        throw new IllegalArgumentException(
            "summaries, purchasesAfter and aliveAtEnd must have one entry per customer, had "
                + summaries.size()
                + ", "
                + purchasesAfter.size()
                + " and "
                + aliveAtEnd.size());
      }
    }
  }

  /**
   * A simulated Gamma-Gamma population.
   *
   * @param summaries each customer's repeat transactions and their mean amount
   * @param nextAmounts per customer, the amount of their next transaction
   */
  public record SpendPopulation(List<CustomerSummary> summaries, List<Double> nextAmounts) {

    public SpendPopulation {
      summaries = List.copyOf(Objects.requireNonNull(summaries, "summaries must not be null"));
      nextAmounts =
          List.copyOf(Objects.requireNonNull(nextAmounts, "nextAmounts must not be null"));
      if (nextAmounts.size() != summaries.size()) {
        throw new IllegalArgumentException(
            "summaries and nextAmounts must have one entry per customer, had "
                + summaries.size()
                + " and "
                + nextAmounts.size());
      }
    }
  }
}
