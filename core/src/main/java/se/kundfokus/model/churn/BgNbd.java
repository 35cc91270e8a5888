package se.kundfokus.model.churn;

import java.util.List;
import java.util.Objects;

/**
 * Fits the BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2)) by maximum likelihood.
 *
 * <p>Customers with the same (x, t<sub>x</sub>, T) are grouped, so one evaluation of the likelihood
 * costs time in proportion to the number of distinct histories, not of customers. The likelihood is
 * maximised over the logarithms of the parameters with a restarted Nelder-Mead simplex. On the
 * CDNOW sample of the paper (2,357 customers, weeks, calibration to 1997-09-30) it reproduces the
 * published r = 0.243, &alpha; = 4.414, a = 0.793, b = 2.426 and log-likelihood -9582.4.
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
            data::logLikelihood,
            new double[] {start.r(), start.alpha(), start.a(), start.b()},
            options.tolerance(),
            options.maxEvaluations());
    return new Fitted(
        new BgNbdParameters(
            maximum.parameter(0), maximum.parameter(1), maximum.parameter(2), maximum.parameter(3)),
        maximum.logLikelihood(),
        options.timeUnit(),
        data.customers(),
        data.distinctHistories(),
        maximum.evaluations());
  }

  /**
   * How to fit.
   *
   * @param timeUnit the unit of recency and age in the data, which the fitted &alpha; and every
   *     forecast horizon share
   * @param start the starting point of the search
   * @param tolerance relative, in (0, 1): the search stops when a whole Nelder-Mead run improves
   *     the log-likelihood by less than tolerance &times; max(1, |log-likelihood|)
   * @param maxEvaluations the most evaluations of the likelihood, at least 10
   */
  public record Options(
      TimeUnit timeUnit, BgNbdParameters start, double tolerance, int maxEvaluations) {

    /** Where the search starts by default: r = &alpha; = a = b = 1. */
    public static final BgNbdParameters DEFAULT_START = new BgNbdParameters(1.0, 1.0, 1.0, 1.0);

    public Options {
      Objects.requireNonNull(timeUnit, "timeUnit must not be null");
      Objects.requireNonNull(start, "start must not be null");
      if (!(tolerance > 0.0 && tolerance < 1.0)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
      }
      if (maxEvaluations < 10) {
        throw new IllegalArgumentException(
            "maxEvaluations must be at least 10, was " + maxEvaluations);
      }
    }

    /** Weeks, {@link #DEFAULT_START}, tolerance 1e-9 and at most 20,000 evaluations. */
    public Options() {
      this(TimeUnit.WEEKS, DEFAULT_START, 1e-9, 20_000);
    }

    /** A copy with another time unit. */
    public Options withTimeUnit(TimeUnit newTimeUnit) {
      return new Options(newTimeUnit, start, tolerance, maxEvaluations);
    }

    /** A copy with another starting point. */
    public Options withStart(BgNbdParameters newStart) {
      return new Options(timeUnit, newStart, tolerance, maxEvaluations);
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
   * @param evaluations how many times the likelihood was evaluated
   */
  public record Fitted(
      BgNbdParameters parameters,
      double logLikelihood,
      TimeUnit timeUnit,
      int customers,
      int distinctHistories,
      int evaluations) {

    public Fitted {
      Objects.requireNonNull(parameters, "parameters must not be null");
      Objects.requireNonNull(timeUnit, "timeUnit must not be null");
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
