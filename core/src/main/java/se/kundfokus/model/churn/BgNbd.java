package se.kundfokus.model.churn;

import java.util.List;
import java.util.Objects;

/**
 * Fits the BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2)) by maximum likelihood.
 *
 * <p>Customers with the same (x, t<sub>x</sub>, T) are grouped, so one evaluation of the likelihood
 * costs time in proportion to the number of distinct histories, not of customers. The likelihood is
 * maximised over the logarithms of the parameters, by default with BFGS and the analytic gradient
 * ({@link Optimizer}). On the CDNOW sample of the paper (2,357 customers, weeks, calibration to
 * 1997-09-30) it reproduces the published r = 0.243, &alpha; = 4.414, a = 0.793, b = 2.426 and
 * log-likelihood -9582.4.
 *
 * <p>Where customers hardly differ in their chance of dropping out after a purchase, the likelihood
 * keeps rising as a and b grow together with a / (a + b) fixed, towards the limit of one drop-out
 * chance p = a / (a + b) for all: it has no maximum. The fit then ends, without an error, where the
 * slope of the log-likelihood along that ridge falls below the tolerance: with BFGS at a and b in
 * the hundreds of thousands or beyond (a = 9.2e5, b = 2.7e8 on the sample company of {@code
 * kundfokus demo}; Nelder-Mead runs on to a = 9.7e9), values that depend on the start and the
 * tolerance and mean little on their own. What the data do determine is then determined: a / (a +
 * b), r, &alpha; and the log-likelihood, which is within tolerance &times; |log-likelihood| of its
 * supremum. Predictions with such parameters are those of the fixed-p limit; a + b in the thousands
 * or more tells a caller that this happened.
 */
public final class BgNbd {

  private BgNbd() {}

  /**
   * Fits the model.
   *
   * @param customers one summary per customer, times in {@code options.timeUnit()}; at least one
   *     must have a repeat purchase, since without any the likelihood has no maximum
   * @throws IllegalArgumentException if {@code customers} is empty or nobody bought twice
   * @throws FitException if the optimiser does not converge
   */
  public static Fitted fit(List<CustomerSummary> customers, Options options) {
    Objects.requireNonNull(customers, "customers must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (customers.isEmpty()) {
      throw new IllegalArgumentException("customers must not be empty");
    }
    BgNbdData data = BgNbdData.of(customers);
    if (!data.anyRepeatPurchase()) {
      throw new IllegalArgumentException(
          "at least one customer must have a repeat purchase, none of "
              + customers.size()
              + " has");
    }
    BgNbdParameters start = options.start();
    LogSpaceMaximizer.Maximum maximum =
        LogSpaceMaximizer.maximize(
            data,
            new double[] {start.r(), start.alpha(), start.a(), start.b()},
            options.tolerance(),
            options.maxEvaluations(),
            options.optimizer());
    return new Fitted(
        new BgNbdParameters(
            maximum.parameter(0), maximum.parameter(1), maximum.parameter(2), maximum.parameter(3)),
        maximum.logLikelihood(),
        options.timeUnit(),
        data.customers(),
        data.distinctHistories(),
        maximum.evaluations(),
        maximum.optimizer());
  }

  /**
   * How to fit.
   *
   * @param timeUnit the unit of recency and age in the data, which the fitted &alpha; and every
   *     forecast horizon share
   * @param start the starting point of the search
   * @param tolerance relative, in (0, 1): the search stops when no derivative of the log-likelihood
   *     with respect to a log-parameter exceeds tolerance &times; max(1, |log-likelihood|) (BFGS),
   *     or a whole Nelder-Mead run gains less than that
   * @param maxEvaluations the most evaluations of the likelihood, at least 10; one evaluation with
   *     its gradient counts as one
   * @param optimizer how to search
   */
  public record Options(
      TimeUnit timeUnit,
      BgNbdParameters start,
      double tolerance,
      int maxEvaluations,
      Optimizer optimizer) {

    /** Where the search starts by default: r = &alpha; = a = b = 1. */
    public static final BgNbdParameters DEFAULT_START = new BgNbdParameters(1.0, 1.0, 1.0, 1.0);

    public Options {
      Objects.requireNonNull(timeUnit, "timeUnit must not be null");
      Objects.requireNonNull(start, "start must not be null");
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
    public Options(TimeUnit timeUnit, BgNbdParameters start, double tolerance, int maxEvaluations) {
      this(timeUnit, start, tolerance, maxEvaluations, Optimizer.BFGS);
    }

    /**
     * Weeks, {@link #DEFAULT_START}, tolerance 1e-9, at most 20,000 evaluations and {@link
     * Optimizer#BFGS}.
     */
    public Options() {
      this(TimeUnit.WEEKS, DEFAULT_START, 1e-9, 20_000, Optimizer.BFGS);
    }

    /** A copy with another time unit. */
    public Options withTimeUnit(TimeUnit newTimeUnit) {
      return new Options(newTimeUnit, start, tolerance, maxEvaluations, optimizer);
    }

    /** A copy with another starting point. */
    public Options withStart(BgNbdParameters newStart) {
      return new Options(timeUnit, newStart, tolerance, maxEvaluations, optimizer);
    }

    /** A copy with another optimiser. */
    public Options withOptimizer(Optimizer newOptimizer) {
      return new Options(timeUnit, start, tolerance, maxEvaluations, newOptimizer);
    }
  }

  /**
   * A fitted model.
   *
   * @param parameters the maximum-likelihood estimates
   * @param logLikelihood the log-likelihood at them, summed over all customers
   * @param timeUnit the unit of &alpha; and of every time argument
   * @param customers the number of customers fitted on
   * @param distinctHistories the number of distinct (x, t<sub>x</sub>, T) among them
   * @param evaluations how many times the likelihood was evaluated, with or without its gradient
   * @param optimizer the optimiser that found the maximum: {@link Optimizer#NELDER_MEAD} where it
   *     was asked for or took over from a failed BFGS search
   */
  public record Fitted(
      BgNbdParameters parameters,
      double logLikelihood,
      TimeUnit timeUnit,
      int customers,
      int distinctHistories,
      int evaluations,
      Optimizer optimizer) {

    public Fitted {
      Objects.requireNonNull(parameters, "parameters must not be null");
      Objects.requireNonNull(timeUnit, "timeUnit must not be null");
      Objects.requireNonNull(optimizer, "optimizer must not be null");
    }

    public double r() {
      return parameters.r();
    }

    public double alpha() {
      return parameters.alpha();
    }

    public double a() {
      return parameters.a();
    }

    public double b() {
      return parameters.b();
    }

    /** See {@link BgNbdParameters#probabilityAlive(int, double, double)}. */
    public double probabilityAlive(int x, double tx, double age) {
      return parameters.probabilityAlive(x, tx, age);
    }

    /** See {@link BgNbdParameters#expectedPurchases(double, int, double, double)}. */
    public double expectedPurchases(double t, int x, double tx, double age) {
      return parameters.expectedPurchases(t, x, tx, age);
    }

    /** See {@link BgNbdParameters#expectedPurchasesNewCustomer(double)}. */
    public double expectedPurchasesNewCustomer(double t) {
      return parameters.expectedPurchasesNewCustomer(t);
    }
  }
}
