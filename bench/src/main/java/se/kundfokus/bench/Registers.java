package se.kundfokus.bench;

import java.util.List;
import se.kundfokus.model.churn.BgNbdParameters;
import se.kundfokus.model.churn.CustomerSummary;
import se.kundfokus.model.churn.GammaGammaParameters;
import se.kundfokus.model.churn.SimulatedPopulations;
import se.kundfokus.model.churn.TimeUnit;

/**
 * The simulated customer registers the benchmarks fit on, seeded with {@link
 * SimulatedPopulations#DEFAULT_SEED}: always the same customers for the same size.
 */
final class Registers {

  /**
   * The purchase process of the sample company ({@code kundfokus generate}, its {@code
   * truth.json}): about 0.5 invoices a week (r = 3, &alpha; = 6 weeks), and after each invoice a
   * drop-out chance of Beta(0.3, 180), 1 in 600 on average.
   */
  static final BgNbdParameters PURCHASES = new BgNbdParameters(3.0, 6.0, 0.3, 180.0);

  /** The sample company's spend per invoice: p = 4, q = 10, v = 6,750 kr, a mean of 3,000 kr. */
  static final GammaGammaParameters SPEND = new GammaGammaParameters(4.0, 10.0, 6750.0);

  /** Three years of invoice dates, 2023-01-01 to 2025-12-31 say. */
  static final int DAYS = 1096;

  /** The most repeat invoices of a customer in the spend register. */
  static final int MAX_REPEATS = 80;

  private Registers() {}

  /**
   * A register of {@code customers} whose first invoices are spread evenly over {@link #DAYS} days,
   * dated by the day and summarised in weeks as {@code CustomerSummaries} does.
   */
  static List<CustomerSummary> purchases(int customers) {
    return SimulatedPopulations.bgNbdRegister(
            PURCHASES, customers, DAYS, 0, TimeUnit.WEEKS, SimulatedPopulations.DEFAULT_SEED)
        .summaries();
  }

  /** {@code customers} with 1 to {@link #MAX_REPEATS} repeat invoices and their mean amount. */
  static List<CustomerSummary> spend(int customers) {
    return SimulatedPopulations.gammaGamma(
            SPEND, customers, MAX_REPEATS, SimulatedPopulations.DEFAULT_SEED)
        .summaries();
  }
}
