package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytic gradients of the BG/NBD and Gamma-Gamma log-likelihoods, over the log-parameters,
 * against central differences with a step of 1e-5 in each log-parameter. A difference has its own
 * error, the rounding of the log-likelihood divided by the step plus the step squared times the
 * third derivative; the tolerance, 1e-8 of |log-likelihood| plus 1e-7 of the derivative, is ten
 * times the largest seen at these points, while a wrong term would be off by about one unit per
 * customer.
 */
class LikelihoodGradientTest {

  private static final double STEP = 1e-5;

  @Test
  void bgNbdGradientMatchesCentralDifferencesOnCdnow() {
    BgNbdData data = BgNbdData.of(Cdnow.summaries());

    for (double[] point :
        List.of(
            new double[] {0.243, 4.414, 0.793, 2.426},
            new double[] {1, 1, 1, 1},
            new double[] {0.05, 0.5, 0.1, 30},
            new double[] {50, 200, 0.5, 0.5},
            new double[] {2, 20, 5e6, 1.6e9})) {
      assertGradient(data, point);
    }
  }

  @Test
  void bgNbdGradientMatchesCentralDifferencesOnASimulatedRegister() {
    BgNbdData data =
        BgNbdData.of(
            SimulatedPopulations.bgNbdRegister(
                    new BgNbdParameters(3, 6, 0.3, 180),
                    20_000,
                    1096,
                    0,
                    TimeUnit.WEEKS,
                    SimulatedPopulations.DEFAULT_SEED)
                .summaries());

    for (double[] point :
        List.of(
            new double[] {3, 6, 0.3, 180},
            new double[] {1, 1, 1, 1},
            new double[] {0.5, 2, 2, 50})) {
      assertGradient(data, point);
    }
  }

  @Test
  void gammaGammaGradientMatchesCentralDifferencesOnCdnow() {
    GammaGammaData data =
        new GammaGammaData(Cdnow.summaries().stream().filter(c -> c.frequency() > 0).toList());

    for (double[] point :
        List.of(
            new double[] {6.25, 3.74, 15.44},
            new double[] {1, 1, 1},
            new double[] {0.5, 20, 300})) {
      assertGradient(data, point);
    }
  }

  @Test
  void gammaGammaGradientMatchesCentralDifferencesOnASimulatedPopulation() {
    GammaGammaData data =
        new GammaGammaData(
            SimulatedPopulations.gammaGamma(
                    new GammaGammaParameters(6, 4, 15),
                    20_000,
                    5,
                    SimulatedPopulations.DEFAULT_SEED)
                .summaries());

    for (double[] point :
        List.of(new double[] {6, 4, 15}, new double[] {1, 1, 1}, new double[] {30, 2, 100})) {
      assertGradient(data, point);
    }
  }

  @Test
  void valueAloneIsTheValueWithTheGradient() {
    BgNbdData data = BgNbdData.of(Cdnow.summaries());
    double[] point = {0.243, 4.414, 0.793, 2.426};

    assertThat(data.logLikelihood(point)).isEqualTo(data.at(point, new double[4]));
  }

  private static void assertGradient(LogLikelihood logLikelihood, double[] point) {
    double[] gradient = new double[point.length];
    double value = logLikelihood.at(point, gradient);
    for (int i = 0; i < point.length; i++) {
      double[] up = point.clone();
      double[] down = point.clone();
      up[i] *= Math.exp(STEP);
      down[i] *= Math.exp(-STEP);
      double difference = (logLikelihood.value(up) - logLikelihood.value(down)) / (2 * STEP);
      assertThat(gradient[i])
          .as("derivative %d at %s", i, java.util.Arrays.toString(point))
          .isCloseTo(
              difference,
              within(1e-8 * Math.max(1, Math.abs(value)) + 1e-7 * Math.abs(difference)));
    }
  }
}
