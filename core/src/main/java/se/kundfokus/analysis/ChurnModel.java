package se.kundfokus.analysis;

import java.util.Optional;

/**
 * The fitted churn model as reported: BG/NBD (purchase and dropout process) and Gamma-Gamma (spend
 * per purchase), with the time unit and the fit's log-likelihood, so that the figures can be
 * compared with published ones and between runs.
 *
 * @param customers customers the BG/NBD model was fitted on
 * @param repeatCustomers customers with repeat purchases, on which Gamma-Gamma was fitted
 * @param p Gamma-Gamma shape; empty when too few customers bought more than once
 */
public record ChurnModel(
    double r,
    double alpha,
    double a,
    double b,
    String timeUnit,
    double logLikelihood,
    long customers,
    long distinctHistories,
    Optional<Double> p,
    Optional<Double> q,
    Optional<Double> v,
    Optional<Double> spendLogLikelihood,
    long repeatCustomers,
    int horizonWeeks) {}
