package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * BFGS with the analytic gradient against Nelder-Mead, the fallback, and reproducibility. The two
 * searches end at the same maximum: the parameters within 1e-4 and the log-likelihood within 1e-6
 * of each other, relative.
 */
class OptimizerTest {

  private static final BgNbdParameters SAMPLE_COMPANY = new BgNbdParameters(3, 6, 0.3, 180);

  @Test
  void bfgsAndNelderMeadAgreeOnCdnow() {
    List<CustomerSummary> customers = Cdnow.summaries();

    assertAgree(
        BgNbd.fit(customers, new BgNbd.Options()),
        BgNbd.fit(customers, new BgNbd.Options().withOptimizer(Optimizer.NELDER_MEAD)));
    assertAgree(
        GammaGamma.fit(customers, new GammaGamma.Options()),
        GammaGamma.fit(customers, new GammaGamma.Options().withOptimizer(Optimizer.NELDER_MEAD)));
  }

  @Test
  void bfgsAndNelderMeadAgreeOnSimulatedPopulations() {
    List<CustomerSummary> register = register(20_000);
    List<CustomerSummary> spend =
        SimulatedPopulations.gammaGamma(
                new GammaGammaParameters(4, 10, 6750),
                20_000,
                80,
                SimulatedPopulations.DEFAULT_SEED)
            .summaries();

    assertAgree(
        BgNbd.fit(register, new BgNbd.Options()),
        BgNbd.fit(register, new BgNbd.Options().withOptimizer(Optimizer.NELDER_MEAD)));
    assertAgree(
        GammaGamma.fit(spend, new GammaGamma.Options()),
        GammaGamma.fit(spend, new GammaGamma.Options().withOptimizer(Optimizer.NELDER_MEAD)));
  }

  @Test
  void bfgsNeedsFarFewerEvaluations() {
    BgNbd.Fitted bfgs = BgNbd.fit(Cdnow.summaries(), new BgNbd.Options());
    BgNbd.Fitted simplex =
        BgNbd.fit(Cdnow.summaries(), new BgNbd.Options().withOptimizer(Optimizer.NELDER_MEAD));

    assertThat(bfgs.optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(simplex.optimizer()).isEqualTo(Optimizer.NELDER_MEAD);
    assertThat(bfgs.evaluations()).isLessThan(60).isLessThan(simplex.evaluations() / 5);
  }

  @Test
  void theSameCustomersGiveTheSameBits() {
    List<CustomerSummary> register = register(20_000);
    List<CustomerSummary> shuffled = new ArrayList<>(register);
    Collections.shuffle(shuffled, new Random(SimulatedPopulations.DEFAULT_SEED));

    BgNbd.Fitted first = BgNbd.fit(register, new BgNbd.Options());
    // records compare their double components bit for bit (Double.compare)
    assertThat(BgNbd.fit(new ArrayList<>(register), new BgNbd.Options())).isEqualTo(first);
    // the histories are sorted, so the order of the customers does not matter either
    assertThat(BgNbd.fit(shuffled, new BgNbd.Options())).isEqualTo(first);
    assertThat(Double.doubleToRawLongBits(BgNbdData.of(shuffled).logLikelihood(parameters(first))))
        .isEqualTo(Double.doubleToRawLongBits(first.logLikelihood()));
    GammaGamma.Fitted spend = GammaGamma.fit(Cdnow.summaries(), new GammaGamma.Options());
    assertThat(GammaGamma.fit(Cdnow.summaries(), new GammaGamma.Options())).isEqualTo(spend);
  }

  @Test
  void nelderMeadTakesOverWhereBfgsFails() {
    // The maximum is at (2, 0.5); the gradient is reported with the wrong sign, so that every
    // BFGS direction goes uphill and its line searches find nothing.
    LogLikelihood misleading =
        (parameters, gradient) -> {
          double u = Math.log(parameters[0]) - Math.log(2);
          double v = Math.log(parameters[1]) - Math.log(0.5);
          gradient[0] = 2 * u;
          gradient[1] = 2 * v;
          return -(u * u + v * v);
        };

    LogSpaceMaximizer.Maximum maximum =
        LogSpaceMaximizer.maximize(misleading, new double[] {1, 1}, 1e-12, 5_000, Optimizer.BFGS);

    assertThat(maximum.optimizer()).isEqualTo(Optimizer.NELDER_MEAD);
    assertThat(maximum.parameter(0)).isCloseTo(2, within(1e-4));
    assertThat(maximum.parameter(1)).isCloseTo(0.5, within(1e-4));
    assertThat(maximum.logLikelihood()).isCloseTo(0, within(1e-10));
  }

  @Test
  void bfgsFindsTheMaximumOfAValley() {
    // Rosenbrock's valley over the log-parameters, its maximum at u = v = 0
    LogLikelihood valley =
        (parameters, gradient) -> {
          double u = Math.log(parameters[0]);
          double v = Math.log(parameters[1]);
          gradient[0] = -(-2 * (1 - (u + 1)) - 400 * (u + 1) * (v + 1 - (u + 1) * (u + 1)));
          gradient[1] = -(200 * (v + 1 - (u + 1) * (u + 1)));
          return -(Math.pow(1 - (u + 1), 2) + 100 * Math.pow(v + 1 - (u + 1) * (u + 1), 2));
        };

    LogSpaceMaximizer.Maximum maximum =
        LogSpaceMaximizer.maximize(
            valley, new double[] {Math.exp(-2.2), Math.exp(0)}, 1e-12, 5_000, Optimizer.BFGS);

    assertThat(maximum.optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(Math.log(maximum.parameter(0))).isCloseTo(0, within(1e-6));
    assertThat(Math.log(maximum.parameter(1))).isCloseTo(0, within(1e-6));
    assertThat(maximum.evaluations()).isLessThan(200);
  }

  @Test
  void refusesAStartWhereTheLikelihoodIsNotFinite() {
    LogLikelihood broken = (parameters, gradient) -> Double.NaN;

    for (Optimizer optimizer : Optimizer.values()) {
      assertThatThrownBy(
              () -> LogSpaceMaximizer.maximize(broken, new double[] {1}, 1e-9, 100, optimizer))
          .isInstanceOf(FitException.class)
          .hasMessage("the log-likelihood is not finite at the starting values");
    }
  }

  @Test
  void reportsRunningOutOfEvaluationsWithEitherOptimizer() {
    for (Optimizer optimizer : Optimizer.values()) {
      GammaGamma.Options options =
          new GammaGamma.Options(
              GammaGamma.Options.DEFAULT_START, 1e-9, 12, NonPositiveSpend.FAIL, optimizer);

      assertThatThrownBy(() -> GammaGamma.fit(Cdnow.summaries(), options))
          .isInstanceOf(FitException.class)
          .hasMessage("the optimiser did not converge in 12 evaluations");
    }
  }

  @Test
  void optionsKeepTheOptimizer() {
    assertThat(new BgNbd.Options().optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(
            new BgNbd.Options()
                .withOptimizer(Optimizer.NELDER_MEAD)
                .withTimeUnit(TimeUnit.DAYS)
                .withStart(SAMPLE_COMPANY)
                .optimizer())
        .isEqualTo(Optimizer.NELDER_MEAD);
    assertThat(new GammaGamma.Options().optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(
            new GammaGamma.Options()
                .withOptimizer(Optimizer.NELDER_MEAD)
                .withNonPositiveSpend(NonPositiveSpend.SKIP)
                .optimizer())
        .isEqualTo(Optimizer.NELDER_MEAD);
  }

  private static List<CustomerSummary> register(int customers) {
    return SimulatedPopulations.bgNbdRegister(
            SAMPLE_COMPANY, customers, 1096, 0, TimeUnit.WEEKS, SimulatedPopulations.DEFAULT_SEED)
        .summaries();
  }

  private static double[] parameters(BgNbd.Fitted fitted) {
    return new double[] {fitted.r(), fitted.alpha(), fitted.a(), fitted.b()};
  }

  private static void assertAgree(BgNbd.Fitted bfgs, BgNbd.Fitted simplex) {
    assertThat(bfgs.optimizer()).isEqualTo(Optimizer.BFGS);
    double[] mine = parameters(bfgs);
    double[] theirs = parameters(simplex);
    for (int i = 0; i < mine.length; i++) {
      assertThat(mine[i]).as("parameter %d", i).isCloseTo(theirs[i], within(1e-4 * theirs[i]));
    }
    assertThat(bfgs.logLikelihood())
        .isCloseTo(simplex.logLikelihood(), within(1e-6 * Math.abs(simplex.logLikelihood())));
  }

  private static void assertAgree(GammaGamma.Fitted bfgs, GammaGamma.Fitted simplex) {
    assertThat(bfgs.optimizer()).isEqualTo(Optimizer.BFGS);
    assertThat(bfgs.p()).isCloseTo(simplex.p(), within(1e-4 * simplex.p()));
    assertThat(bfgs.q()).isCloseTo(simplex.q(), within(1e-4 * simplex.q()));
    assertThat(bfgs.v()).isCloseTo(simplex.v(), within(1e-4 * simplex.v()));
    assertThat(bfgs.logLikelihood())
        .isCloseTo(simplex.logLikelihood(), within(1e-6 * Math.abs(simplex.logLikelihood())));
  }
}
