package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BgNbdTest {

  private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

  /**
   * 20,000 customers observed for 52 weeks. The tolerance is four standard errors of each
   * log-parameter from the observed information, computed on the same data; at this size they are
   * about 1.5 % (r), 2.6 % (alpha), 6 % (a) and 8 % (b), so r and alpha are checked to about 10 %
   * and the drop-out shapes, which one year of data identifies less well, to about 30 %.
   */
  @Test
  void recoversTheParametersOfASimulatedPopulation() {
    SimulatedPopulations.Population population =
        SimulatedPopulations.bgNbd(CDNOW, 20_000, 52, 52, SimulatedPopulations.DEFAULT_SEED);
    BgNbdData data = BgNbdData.of(population.summaries());

    BgNbd.Fitted fitted = BgNbd.fit(population.summaries(), new BgNbd.Options());

    double[] estimate = {fitted.r(), fitted.alpha(), fitted.a(), fitted.b()};
    double[] truth = {CDNOW.r(), CDNOW.alpha(), CDNOW.a(), CDNOW.b()};
    double[] errors = StandardErrors.ofLogParameters(data::logLikelihood, estimate);
    double[] ceilings = {0.02, 0.03, 0.07, 0.09};
    for (int i = 0; i < 4; i++) {
      assertThat(errors[i]).as("standard error %d", i).isLessThan(ceilings[i]);
      assertThat(Math.log(estimate[i] / truth[i]))
          .as("parameter %d", i)
          .isBetween(-4 * errors[i], 4 * errors[i]);
    }
    assertThat(fitted.logLikelihood()).isGreaterThanOrEqualTo(data.logLikelihood(truth));
    assertThat(fitted.customers()).isEqualTo(20_000);
  }

  /**
   * With the true parameters, each customer's purchases in the next 52 weeks minus their
   * conditional expectation has mean 0 given their history, so the sum of these residuals is within
   * four of its standard deviations, estimated by the root of the sum of their squares. The same
   * holds for being alive at T minus P(alive).
   */
  @Test
  void conditionalExpectationsMatchTheSimulatedFuture() {
    SimulatedPopulations.Population population =
        SimulatedPopulations.bgNbd(CDNOW, 20_000, 52, 52, SimulatedPopulations.DEFAULT_SEED + 1);

    double purchases = 0;
    double purchasesSquares = 0;
    double alive = 0;
    double aliveSquares = 0;
    for (int i = 0; i < 20_000; i++) {
      CustomerSummary customer = population.summaries().get(i);
      double purchaseResidual =
          population.purchasesAfter().get(i) - CDNOW.expectedPurchases(52, customer);
      purchases += purchaseResidual;
      purchasesSquares += purchaseResidual * purchaseResidual;
      double aliveResidual =
          (population.aliveAtEnd().get(i) ? 1 : 0) - CDNOW.probabilityAlive(customer);
      alive += aliveResidual;
      aliveSquares += aliveResidual * aliveResidual;
    }

    assertThat(Math.abs(purchases)).isLessThan(4 * Math.sqrt(purchasesSquares));
    assertThat(Math.abs(alive)).isLessThan(4 * Math.sqrt(aliveSquares));
  }

  @Test
  void groupsIdenticalHistories() {
    List<CustomerSummary> once =
        List.of(
            CustomerSummary.of("1", 0, 0, 30),
            CustomerSummary.of("2", 1, 5, 30),
            CustomerSummary.of("3", 3, 20, 30),
            CustomerSummary.of("4", 2, 10, 20),
            CustomerSummary.of("5", 2, 10, 30));
    List<CustomerSummary> repeated = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      repeated.addAll(once);
    }
    double[] parameters = {0.7, 3.0, 0.9, 2.2};
    double ungrouped = 0;
    for (CustomerSummary customer : repeated) {
      ungrouped +=
          new BgNbdParameters(0.7, 3.0, 0.9, 2.2)
              .logLikelihood(customer.frequency(), customer.recency(), customer.age());
    }

    BgNbdData data = BgNbdData.of(repeated);

    assertThat(data.customers()).isEqualTo(15);
    assertThat(data.distinctHistories()).isEqualTo(5);
    assertThat(data.logLikelihood(parameters)).isCloseTo(ungrouped, within(1e-10));
    assertThat(data.logLikelihood(parameters))
        .isCloseTo(3 * BgNbdData.of(once).logLikelihood(parameters), within(1e-10));
  }

  @Test
  void groupsTheSameWhenTheKeysMustBeNumberedInTwoSteps() {
    List<CustomerSummary> customers =
        SimulatedPopulations.bgNbdRegister(
                new BgNbdParameters(3, 6, 0.3, 180),
                5_000,
                1096,
                0,
                TimeUnit.WEEKS,
                SimulatedPopulations.DEFAULT_SEED)
            .summaries();
    double[] parameters = {3, 6, 0.3, 180};

    BgNbdData packed = BgNbdData.of(customers);
    // 8 bits cannot hold the indices of x, T and t_x at once, so (x, T) pairs are numbered first
    BgNbdData paired = BgNbdData.of(customers, 8);

    assertThat(paired.distinctHistories()).isEqualTo(packed.distinctHistories()).isLessThan(5_000);
    assertThat(paired.customers()).isEqualTo(5_000);
    assertThat(paired.logLikelihood(parameters)).isEqualTo(packed.logLikelihood(parameters));
  }

  @Test
  void termsOfLargeXFromTheSpecialFunctionsEqualTheSums() {
    int[] xs = {0, 1, 2, 7, 40, 300};
    for (double[] p :
        List.of(new double[] {0.243, 4.414, 0.793, 2.426}, new double[] {3, 6, 0.3, 180})) {
      BgNbdTerms summed = new BgNbdTerms(xs, p[0], p[1], p[2], p[3]);
      BgNbdTerms special = new BgNbdTerms(xs, p[0], p[1], p[2], p[3], 0);
      for (int k = 0; k < xs.length; k++) {
        // Commons Math's digamma is good to about 1e-9 here, its logGamma and logBeta far better
        assertThat(special.common[k]).isCloseTo(summed.common[k], within(1e-11));
        assertThat(special.digammaR[k]).isCloseTo(summed.digammaR[k], within(1e-8));
        assertThat(special.survived[k]).isCloseTo(summed.survived[k], within(1e-11));
        assertThat(special.died[k]).isCloseTo(summed.died[k], within(1e-11));
        assertThat(special.aSurvived[k]).isCloseTo(summed.aSurvived[k], within(1e-8));
        assertThat(special.bSurvived[k]).isCloseTo(summed.bSurvived[k], within(1e-8));
        assertThat(special.bOverBx[k]).isEqualTo(summed.bOverBx[k]);
      }
    }
    // psi(300.243) - psi(0.243) = 10.05401976902044859... (mpmath, 30 digits): the sum is good to a
    // few units in the last place, Commons Math 3e-9 off
    BgNbdTerms cdnow = new BgNbdTerms(xs, 0.243, 4.414, 0.793, 2.426);
    assertThat(cdnow.digammaR[5]).isCloseTo(10.05401976902045, within(1e-14));
  }

  @Test
  void historiesBeyondTheSummedXAreFitted() {
    // x above BgNbdTerms.SUMMED_UP_TO takes the special functions; the likelihood is the same sum
    int x = BgNbdTerms.SUMMED_UP_TO + 5;
    List<CustomerSummary> customers =
        List.of(
            CustomerSummary.of("1", 0, 0, 30),
            CustomerSummary.of("2", 3, 20, 30),
            CustomerSummary.of("3", x, 29_000, 30_000));
    BgNbdParameters parameters = new BgNbdParameters(0.7, 3.0, 0.9, 2.2);
    double ungrouped = 0;
    for (CustomerSummary customer : customers) {
      ungrouped +=
          parameters.logLikelihood(customer.frequency(), customer.recency(), customer.age());
    }

    assertThat(BgNbdData.of(customers).logLikelihood(new double[] {0.7, 3.0, 0.9, 2.2}))
        .isCloseTo(ungrouped, within(1e-8 * Math.abs(ungrouped)));
  }

  @Test
  void duplicatedCustomersGiveTheSameFit() {
    List<CustomerSummary> once = Cdnow.summaries();
    List<CustomerSummary> twice = new ArrayList<>(once);
    twice.addAll(once);
    Collections.shuffle(twice, new Random(SimulatedPopulations.DEFAULT_SEED));

    BgNbd.Fitted single = BgNbd.fit(once, new BgNbd.Options());
    BgNbd.Fitted doubled = BgNbd.fit(twice, new BgNbd.Options());

    assertThat(doubled.customers()).isEqualTo(2 * 2357);
    assertThat(doubled.distinctHistories()).isEqualTo(single.distinctHistories()).isEqualTo(1016);
    assertThat(doubled.logLikelihood()).isCloseTo(2 * single.logLikelihood(), within(1e-4));
    assertThat(doubled.r()).isCloseTo(single.r(), within(1e-4 * single.r()));
    assertThat(doubled.alpha()).isCloseTo(single.alpha(), within(1e-4 * single.alpha()));
    assertThat(doubled.a()).isCloseTo(single.a(), within(1e-4 * single.a()));
    assertThat(doubled.b()).isCloseTo(single.b(), within(1e-4 * single.b()));
  }

  @Test
  void keepsTheTimeUnitOfTheOptions() {
    List<CustomerSummary> customers =
        SimulatedPopulations.bgNbd(
                new BgNbdParameters(0.5, 30, 0.8, 2.5),
                500,
                365,
                0,
                SimulatedPopulations.DEFAULT_SEED)
            .summaries();

    BgNbd.Fitted fitted = BgNbd.fit(customers, new BgNbd.Options().withTimeUnit(TimeUnit.DAYS));

    assertThat(fitted.timeUnit()).isEqualTo(TimeUnit.DAYS);
    assertThat(fitted.evaluations()).isPositive();
    assertThat(fitted.expectedPurchasesNewCustomer(365))
        .isEqualTo(fitted.parameters().expectedPurchasesNewCustomer(365));
  }

  @Test
  void refusesDataWithoutRepeatPurchases() {
    assertThatThrownBy(() -> BgNbd.fit(List.of(), new BgNbd.Options()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must not be empty");
    assertThatThrownBy(
            () -> BgNbd.fit(List.of(CustomerSummary.of("A", 0, 0, 3)), new BgNbd.Options()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one customer must have a repeat purchase, none of 1 has");
  }

  @Test
  void reportsAnOptimiserThatRunsOutOfEvaluations() {
    BgNbd.Options options =
        new BgNbd.Options(TimeUnit.WEEKS, BgNbd.Options.DEFAULT_START, 1e-9, 10);

    assertThatThrownBy(() -> BgNbd.fit(Cdnow.summaries(), options))
        .isInstanceOf(FitException.class)
        .hasMessage("the optimiser did not converge in 10 evaluations");
  }

  @Test
  void validatesOptions() {
    assertThatThrownBy(() -> new BgNbd.Options(TimeUnit.WEEKS, BgNbd.Options.DEFAULT_START, 0, 100))
        .hasMessage("tolerance must be in (0, 1), was 0.0");
    assertThatThrownBy(
            () -> new BgNbd.Options(TimeUnit.WEEKS, BgNbd.Options.DEFAULT_START, 1e-6, 9))
        .hasMessage("maxEvaluations must be at least 10, was 9");
    assertThat(new BgNbd.Options().withStart(CDNOW).start()).isEqualTo(CDNOW);
  }
}
