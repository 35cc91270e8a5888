package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds and choices of the fact-based customer analysis, one record per part, as the
 * sections of the settings file ({@code kundfokus.yaml}) have them. {@code new AnalysisOptions()}
 * gives the defaults, which work without configuration.
 *
 * @param asOf the reference date; empty means the last sales date
 * @param significance how unlikely a drop must be at the customer's own earlier order rate to count
 *     (0.01: a 1 % chance), so that ordinary ups and downs are not reported as outflow; also the
 *     level of the cross-sell overlap test
 * @param outflow when a customer is leaving or declining, and when a product group has stopped
 * @param reactivation when a customer has lapsed
 * @param crossSell the thresholds of cross-selling
 * @param bestCustomers how many best customers, the wider cohort and the weights of the score
 * @param model the choices of the potential, pain and segmentation models
 */
public record AnalysisOptions(
    Optional<LocalDate> asOf,
    double significance,
    OutflowOptions outflow,
    ReactivationOptions reactivation,
    CrossSellOptions crossSell,
    BestCustomerOptions bestCustomers,
    ModelOptions model) {

  public static final double DEFAULT_SIGNIFICANCE = 0.01;

  public AnalysisOptions {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(outflow, "outflow must not be null");
    Objects.requireNonNull(reactivation, "reactivation must not be null");
    Objects.requireNonNull(crossSell, "crossSell must not be null");
    Objects.requireNonNull(bestCustomers, "bestCustomers must not be null");
    Objects.requireNonNull(model, "model must not be null");
    if (!(significance > 0 && significance <= 1)) {
      throw new IllegalArgumentException("significance must be in (0, 1], was " + significance);
    }
  }

  /** The defaults. */
  public AnalysisOptions() {
    this(
        Optional.empty(),
        DEFAULT_SIGNIFICANCE,
        new OutflowOptions(),
        new ReactivationOptions(),
        new CrossSellOptions(),
        new BestCustomerOptions(),
        new ModelOptions());
  }

  public AnalysisOptions withAsOf(LocalDate date) {
    return new AnalysisOptions(
        Optional.of(date), significance, outflow, reactivation, crossSell, bestCustomers, model);
  }

  public AnalysisOptions withSignificance(double level) {
    return new AnalysisOptions(asOf, level, outflow, reactivation, crossSell, bestCustomers, model);
  }

  public AnalysisOptions withOutflow(OutflowOptions options) {
    return new AnalysisOptions(
        asOf, significance, options, reactivation, crossSell, bestCustomers, model);
  }

  public AnalysisOptions withReactivation(ReactivationOptions options) {
    return new AnalysisOptions(
        asOf, significance, outflow, options, crossSell, bestCustomers, model);
  }

  public AnalysisOptions withCrossSell(CrossSellOptions options) {
    return new AnalysisOptions(
        asOf, significance, outflow, reactivation, options, bestCustomers, model);
  }

  public AnalysisOptions withBestCustomers(BestCustomerOptions options) {
    return new AnalysisOptions(
        asOf, significance, outflow, reactivation, crossSell, options, model);
  }

  public AnalysisOptions withModel(ModelOptions options) {
    return new AnalysisOptions(
        asOf, significance, outflow, reactivation, crossSell, bestCustomers, options);
  }

  /** A copy naming another number of best customers. */
  public AnalysisOptions withBestCount(int count) {
    return withBestCustomers(
        new BestCustomerOptions(count, bestCustomers.cohortShare(), bestCustomers.weights()));
  }
}
