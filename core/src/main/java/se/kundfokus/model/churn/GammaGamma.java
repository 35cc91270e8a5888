package se.kundfokus.model.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fits the Gamma-Gamma model of spend ({@link GammaGammaParameters}) by maximum likelihood on the
 * customers with repeat purchases, over the logarithms of the parameters, by default with BFGS and
 * the analytic gradient ({@link Optimizer}).
 *
 * <p>On the CDNOW sample (946 customers with repeat purchases by 1997-09-30) it reproduces the
 * published p = 6.25, q = 3.74, v = 15.44 when m<sub>x</sub> is the mean of the repeat transactions
 * in the calibration period, a transaction being all of a customer's purchases on one day, and the
 * first purchase excluded; this is what {@link CustomerSummaries} computes.
 */
public final class GammaGamma {

  private GammaGamma() {}

  /**
   * Fits the model. Customers without repeat purchases carry no spend information in it and are
   * ignored.
   *
   * @throws IllegalArgumentException if no customer has a repeat purchase, or one's mean spend is
   *     not positive and {@code options.nonPositiveSpend()} is {@link NonPositiveSpend#FAIL}
   * @throws FitException if the optimiser does not converge
   */
  public static Fitted fit(List<CustomerSummary> customers, Options options) {
    Objects.requireNonNull(customers, "customers must not be null");
    Objects.requireNonNull(options, "options must not be null");
    List<CustomerSummary> used = new ArrayList<>(customers.size());
    int skipped = 0;
    for (CustomerSummary customer : customers) {
      if (customer.frequency() == 0) {
        continue;
      }
      if (customer.averageSpend() > 0.0) {
        used.add(customer);
      } else if (options.nonPositiveSpend() == NonPositiveSpend.SKIP) {
        skipped++;
      } else {
        throw new IllegalArgumentException(
            "customer "
                + customer.customerId()
                + ": averageSpend must be positive for the Gamma-Gamma model, was "
                + customer.averageSpend()
                + " (NonPositiveSpend.SKIP leaves such customers out)");
      }
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException(
          "at least one customer must have a repeat purchase with positive spend, none of "
              + customers.size()
              + " has");
    }
    GammaGammaData data = new GammaGammaData(used);
    GammaGammaParameters start = options.start();
    LogSpaceMaximizer.Maximum maximum =
        LogSpaceMaximizer.maximize(
            data,
            new double[] {start.p(), start.q(), start.v()},
            options.tolerance(),
            options.maxEvaluations(),
            options.optimizer());
    return new Fitted(
        new GammaGammaParameters(maximum.parameter(0), maximum.parameter(1), maximum.parameter(2)),
        maximum.logLikelihood(),
        used.size(),
        skipped,
        maximum.evaluations(),
        maximum.optimizer());
  }

  /**
   * How to fit.
   *
   * @param start the starting point of the search
   * @param tolerance relative, in (0, 1): the search stops when no derivative of the log-likelihood
   *     with respect to a log-parameter exceeds tolerance &times; max(1, |log-likelihood|) (BFGS),
   *     or a whole Nelder-Mead run gains less than that
   * @param maxEvaluations the most evaluations of the likelihood, at least 10; one evaluation with
   *     its gradient counts as one
   * @param nonPositiveSpend what to do with customers whose repeat purchases average 0 or less
   * @param optimizer how to search
   */
  public record Options(
      GammaGammaParameters start,
      double tolerance,
      int maxEvaluations,
      NonPositiveSpend nonPositiveSpend,
      Optimizer optimizer) {

    /** Where the search starts by default: p = q = v = 1. */
    public static final GammaGammaParameters DEFAULT_START = new GammaGammaParameters(1, 1, 1);

    public Options {
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(nonPositiveSpend, "nonPositiveSpend must not be null");
      Objects.requireNonNull(optimizer, "optimizer must not be null");
      if (!(tolerance > 0.0 && tolerance < 1.0)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
      }
      if (maxEvaluations < 10) {
        throw new IllegalArgumentException(
            "maxEvaluations must be at least 10, was " + maxEvaluations);
      }
    }

    /** With the default optimiser, {@link Optimizer#BFGS}. */
    public Options(
        GammaGammaParameters start,
        double tolerance,
        int maxEvaluations,
        NonPositiveSpend nonPositiveSpend) {
      this(start, tolerance, maxEvaluations, nonPositiveSpend, Optimizer.BFGS);
    }

    /**
     * {@link #DEFAULT_START}, tolerance 1e-9, at most 20,000 evaluations, {@link
     * NonPositiveSpend#FAIL} and {@link Optimizer#BFGS}.
     */
    public Options() {
      this(DEFAULT_START, 1e-9, 20_000, NonPositiveSpend.FAIL, Optimizer.BFGS);
    }

    /** A copy with another policy for non-positive spend. */
    public Options withNonPositiveSpend(NonPositiveSpend policy) {
      return new Options(start, tolerance, maxEvaluations, policy, optimizer);
    }

    /** A copy with another optimiser. */
    public Options withOptimizer(Optimizer newOptimizer) {
      return new Options(start, tolerance, maxEvaluations, nonPositiveSpend, newOptimizer);
    }
  }

  /**
   * A fitted model.
   *
   * @param parameters the maximum-likelihood estimates
   * @param logLikelihood the log-likelihood at them
   * @param customers the number of customers fitted on (those with repeat purchases)
   * @param skipped customers with repeat purchases left out for non-positive spend
   * @param evaluations how many times the likelihood was evaluated, with or without its gradient
   * @param optimizer the optimiser that found the maximum: {@link Optimizer#NELDER_MEAD} where it
   *     was asked for or took over from a failed BFGS search
   */
  public record Fitted(
      GammaGammaParameters parameters,
      double logLikelihood,
      int customers,
      int skipped,
      int evaluations,
      Optimizer optimizer) {

    public Fitted {
      Objects.requireNonNull(parameters, "parameters must not be null");
      Objects.requireNonNull(optimizer, "optimizer must not be null");
    }

    public double p() {
      return parameters.p();
    }

    public double q() {
      return parameters.q();
    }

    public double v() {
      return parameters.v();
    }

    /** See {@link GammaGammaParameters#expectedAverageSpend(int, double)}. */
    public double expectedAverageSpend(int x, double mx) {
      return parameters.expectedAverageSpend(x, mx);
    }
  }
}
