package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where customers hardly differ in their chance of dropping out, the BG/NBD likelihood rises
 * without bound in a and b along a / (a + b) fixed, towards the limit of one drop-out chance for
 * all. The fit must still end with a clear result: no exception, a finite log-likelihood within
 * tolerance of the supremum, and a / (a + b), r and &alpha; determined, while a and b are merely
 * large (where the search stopped, see {@link BgNbd}).
 */
class UnboundedDropOutTest {

  /** What ChurnPredictions takes as "one drop-out chance for everybody". */
  private static final double SAME_DROP_OUT_CHANCE_ABOVE = 10_000;

  @Test
  void endsOnTheSampleCompanyWithLargeAAndB() {
    List<CustomerSummary> customers = SampleCompanySummaries.summaries();

    BgNbd.Fitted bfgs = BgNbd.fit(customers, new BgNbd.Options());
    BgNbd.Fitted simplex =
        BgNbd.fit(customers, new BgNbd.Options().withOptimizer(Optimizer.NELDER_MEAD));

    assertThat(bfgs.optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(bfgs.customers()).isEqualTo(1000);
    assertThat(bfgs.logLikelihood()).isFinite();
    assertThat(bfgs.a() + bfgs.b()).isGreaterThan(SAME_DROP_OUT_CHANCE_ABOVE);
    assertThat(simplex.a() + simplex.b()).isGreaterThan(SAME_DROP_OUT_CHANCE_ABOVE);
    // one drop-out chance of about 1 in 300, the same in either search
    assertThat(dropOut(bfgs))
        .isCloseTo(0.0034, within(1e-4))
        .isCloseTo(dropOut(simplex), within(1e-8));
    assertThat(bfgs.r()).isCloseTo(simplex.r(), within(1e-5 * simplex.r()));
    assertThat(bfgs.alpha()).isCloseTo(simplex.alpha(), within(1e-5 * simplex.alpha()));
    assertThat(bfgs.logLikelihood())
        .isCloseTo(simplex.logLikelihood(), within(1e-9 * Math.abs(simplex.logLikelihood())));
    for (CustomerSummary customer : customers) {
      assertThat(
              bfgs.expectedPurchases(52, customer.frequency(), customer.recency(), customer.age()))
          .as("customer %s", customer.customerId())
          .isFinite()
          .isNotNegative();
    }
  }

  @Test
  void endsOnASimulatedPopulationWithOneDropOutChance() {
    // Beta(3e6, 9e8): every customer drops out with chance 1 in 301 after each purchase
    List<CustomerSummary> customers =
        SimulatedPopulations.bgNbdRegister(
                new BgNbdParameters(3, 6, 3e6, 9e8), 20_000, 1096, 0, TimeUnit.WEEKS, 2)
            .summaries();

    BgNbd.Fitted fitted = BgNbd.fit(customers, new BgNbd.Options());

    assertThat(fitted.optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(fitted.logLikelihood()).isFinite();
    assertThat(fitted.a() + fitted.b()).isGreaterThan(SAME_DROP_OUT_CHANCE_ABOVE);
    assertThat(dropOut(fitted)).isCloseTo(1 / 301.0, within(0.1 / 301));
    // the purchase rate r / alpha is 0.5 a week; purchases on the same day count once
    assertThat(fitted.r() / fitted.alpha()).isCloseTo(0.5, within(0.05));
  }

  @Test
  void endsWithinTheSearchLimitsEvenWithoutTolerance() {
    // A tolerance no slope meets: the search runs up the ridge to where the log-parameters are
    // bounded (a, b at most e^30) and still ends with a result.
    List<CustomerSummary> customers = SampleCompanySummaries.summaries();
    for (Optimizer optimizer : Optimizer.values()) {
      BgNbd.Fitted fitted =
          BgNbd.fit(
              customers,
              new BgNbd.Options(TimeUnit.WEEKS, BgNbd.Options.DEFAULT_START, 1e-15, 20_000)
                  .withOptimizer(optimizer));

      assertThat(fitted.logLikelihood()).as("%s", optimizer).isFinite();
      assertThat(fitted.b()).as("%s", optimizer).isLessThanOrEqualTo(Math.exp(30));
      assertThat(dropOut(fitted)).as("%s", optimizer).isCloseTo(0.0034, within(1e-4));
    }
  }

  private static double dropOut(BgNbd.Fitted fitted) {
    return fitted.a() / (fitted.a() + fitted.b());
  }
}
