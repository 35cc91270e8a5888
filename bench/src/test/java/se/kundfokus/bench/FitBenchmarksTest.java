package se.kundfokus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.kundfokus.model.churn.BgNbd;
import se.kundfokus.model.churn.CustomerSummary;
import se.kundfokus.model.churn.GammaGamma;

/** The benchmarks' setup and body on small registers, as JMH calls them. */
class FitBenchmarksTest {

  @Test
  void bgNbdBenchmarkFitsTheSimulatedRegister() {
    BgNbdFitBenchmark benchmark = new BgNbdFitBenchmark();
    benchmark.customers = 5_000;
    BgNbdFitBenchmark.Counts counts = new BgNbdFitBenchmark.Counts();
    benchmark.simulate();
    counts.clear();

    BgNbd.Fitted fitted = benchmark.fit(counts);

    assertThat(fitted.customers()).isEqualTo(5_000);
    assertThat(counts.evaluations).isEqualTo(fitted.evaluations()).isPositive();
    assertThat(counts.cpuMilliseconds).isPositive();
    assertThat(counts.distinctHistories)
        .isEqualTo(fitted.distinctHistories())
        .isBetween(1L, 5_000L);
    // the truth is r / alpha = 0.5 invoices a week; 5,000 customers recover it roughly
    assertThat(fitted.r() / fitted.alpha()).isBetween(0.4, 0.6);
  }

  @Test
  void gammaGammaBenchmarkFitsTheSimulatedCustomers() {
    GammaGammaFitBenchmark benchmark = new GammaGammaFitBenchmark();
    benchmark.customers = 5_000;
    GammaGammaFitBenchmark.Counts counts = new GammaGammaFitBenchmark.Counts();
    benchmark.simulate();
    counts.clear();

    GammaGamma.Fitted fitted = benchmark.fit(counts);

    assertThat(fitted.customers()).isEqualTo(5_000);
    assertThat(counts.evaluations).isEqualTo(fitted.evaluations()).isPositive();
    assertThat(counts.cpuMilliseconds).isPositive();
    // the truth is a mean of p v / (q - 1) = 3,000 kr per invoice
    assertThat(fitted.expectedAverageSpend(0, 0)).isBetween(2_700.0, 3_300.0);
  }

  @Test
  void registersSpreadTheFirstPurchasesOverThreeYears() {
    double oldest = 0;
    for (CustomerSummary customer : Registers.purchases(2_000)) {
      oldest = Math.max(oldest, customer.age());
    }

    assertThat(oldest * 7).isBetween(Registers.DAYS - 10.0, Registers.DAYS - 1.0);
  }
}
