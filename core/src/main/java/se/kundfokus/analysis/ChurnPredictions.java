package se.kundfokus.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.model.churn.BgNbd;
import se.kundfokus.model.churn.CustomerSummary;
import se.kundfokus.model.churn.FitException;
import se.kundfokus.model.churn.GammaGamma;
import se.kundfokus.model.churn.NonPositiveSpend;
import se.kundfokus.model.churn.TimeUnit;

/**
 * Fits BG/NBD and Gamma-Gamma on the customers' purchase histories (from SQL, one row per customer)
 * and predicts, per customer, the probability of still being a customer, the purchases in the next
 * year and their value.
 */
final class ChurnPredictions {
  static final int HORIZON_WEEKS = 52;

  /** Beta(a, b) with a + b above this is, for this purpose, one drop-out chance for everybody. */
  static final double SAME_DROP_OUT_CHANCE_ABOVE = 10_000;

  /**
   * One customer's predictions; the expected purchases (and their value) are empty where the
   * model's series cannot be evaluated (very large a and b, see the notes).
   */
  record Prediction(
      double probabilityAlive,
      Optional<Double> expectedPurchases,
      Optional<Double> expectedValue) {}

  private final Optional<ChurnModel> model;
  private final Map<String, Prediction> predictions;
  private final Optional<String> note;

  private ChurnPredictions(
      Optional<ChurnModel> model, Map<String, Prediction> predictions, Optional<String> note) {
    this.model = model;
    this.predictions = predictions;
    this.note = note;
  }

  static ChurnPredictions fit(SqlEngine engine, LocalDate asOf) {
    List<CustomerSummary> summaries =
        engine.query(
            "analysis/repeat_purchases.sql",
            List.of(asOf, asOf),
            row -> {
              LocalDate first = row.date("first_day");
              LocalDate last = row.date("last_day");
              int frequency = Math.toIntExact(row.integer("frequency"));
              return new CustomerSummary(
                  row.string("customer_id"),
                  frequency,
                  frequency == 0 ? 0 : weeks(first, last),
                  weeks(first, asOf),
                  frequency == 0 ? 0 : row.optionalNumber("repeat_spend").orElse(0.0));
            });
    BgNbd.Fitted purchases;
    try {
      purchases = BgNbd.fit(summaries, new BgNbd.Options().withTimeUnit(TimeUnit.WEEKS));
    } catch (FitException | IllegalArgumentException e) {
      return new ChurnPredictions(
          Optional.empty(),
          Map.of(),
          Optional.of("the churn model could not be fitted: " + e.getMessage()));
    }
    Optional<GammaGamma.Fitted> spend;
    try {
      spend =
          Optional.of(
              GammaGamma.fit(
                  summaries, new GammaGamma.Options().withNonPositiveSpend(NonPositiveSpend.SKIP)));
    } catch (FitException | IllegalArgumentException e) {
      spend = Optional.empty();
    }
    Map<String, Prediction> predictions = new HashMap<>();
    long unpredictable = 0;
    for (CustomerSummary c : summaries) {
      double alive = purchases.probabilityAlive(c.frequency(), c.recency(), c.age());
      Optional<Double> expected = Optional.empty();
      // The series fails for the model's parameters, not the customer's history: after the first
      // failure the rest are skipped rather than each running to the series' term limit.
      if (unpredictable == 0) {
        try {
          expected =
              Optional.of(
                      purchases.expectedPurchases(
                          HORIZON_WEEKS, c.frequency(), c.recency(), c.age()))
                  .filter(Double::isFinite);
        } catch (ArithmeticException | IllegalArgumentException e) {
          expected = Optional.empty();
        }
      }
      if (expected.isEmpty()) {
        unpredictable++;
      }
      Optional<Double> perPurchase =
          spend
              .map(s -> s.expectedAverageSpend(c.frequency(), c.averageSpend()))
              .filter(Double::isFinite);
      Optional<Double> value = expected.flatMap(e -> perPurchase.map(v -> v * e));
      predictions.put(c.customerId(), new Prediction(alive, expected, value));
    }
    Optional<String> note =
        unpredictable == 0
            ? sameDropOutChance(purchases)
            : Optional.of(
                unpredictable
                    + " customers have no expected purchases: with the fitted a and b the"
                    + " model's hypergeometric series does not converge; their probability of"
                    + " still being a customer is exact");
    ChurnModel model =
        new ChurnModel(
            purchases.r(),
            purchases.alpha(),
            purchases.a(),
            purchases.b(),
            "weeks",
            purchases.logLikelihood(),
            purchases.customers(),
            purchases.distinctHistories(),
            spend.map(GammaGamma.Fitted::p),
            spend.map(GammaGamma.Fitted::q),
            spend.map(GammaGamma.Fitted::v),
            spend.map(GammaGamma.Fitted::logLikelihood),
            spend.map(s -> (long) s.customers()).orElse(0L),
            HORIZON_WEEKS);
    return new ChurnPredictions(Optional.of(model), predictions, note);
  }

  /**
   * Where the fit lets a and b grow without bound, the customers' drop-out chances hardly differ:
   * the figures of a and b then mean little on their own, their ratio is what the data tell.
   */
  private static Optional<String> sameDropOutChance(BgNbd.Fitted purchases) {
    if (purchases.a() + purchases.b() < SAME_DROP_OUT_CHANCE_ABOVE) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the churn model's a and b are very large: customers hardly differ in their chance of"
                + " stopping after a purchase, which is %.2f %% for all (a / (a + b))",
            100 * purchases.a() / (purchases.a() + purchases.b())));
  }

  private static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 7.0;
  }

  Optional<ChurnModel> model() {
    return model;
  }

  Optional<Prediction> of(String customerId) {
    return Optional.ofNullable(predictions.get(customerId));
  }

  Optional<String> note() {
    return note;
  }
}
