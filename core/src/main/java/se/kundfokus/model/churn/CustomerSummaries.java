package se.kundfokus.model.churn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds {@link CustomerSummary customer summaries} from transactions, as Fader, Hardie &amp; Lee
 * (2005) do for the CDNOW data:
 *
 * <ul>
 *   <li>all purchases of one customer on one day are one transaction, whose amount is their sum;
 *   <li>transactions after the calibration end date are ignored, and so are customers whose first
 *       purchase is after it;
 *   <li>x is the number of purchase days after the first one;
 *   <li>t<sub>x</sub> is the number of days from the first to the last purchase day, and T the
 *       number of days from the first purchase day to the calibration end date, both divided by the
 *       days of the time unit (CDNOW: 1997-01-01 to 1997-09-30 is 272 days, T = 38.857 weeks);
 *   <li>m<sub>x</sub> is the mean amount of the x repeat transactions, the first one excluded.
 * </ul>
 */
public final class CustomerSummaries {

  private CustomerSummaries() {}

  /**
   * One summary per customer with a purchase on or before {@code calibrationEnd}, in the order of
   * each customer's first transaction in {@code transactions}, which may come in any order.
   */
  public static List<CustomerSummary> of(
      Iterable<Transaction> transactions, LocalDate calibrationEnd, TimeUnit unit) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Map<String, NavigableMap<LocalDate, Double>> days = new LinkedHashMap<>();
    for (Transaction transaction : transactions) {
      if (!transaction.date().isAfter(calibrationEnd)) {
        days.computeIfAbsent(transaction.customerId(), id -> new TreeMap<>())
            .merge(transaction.date(), transaction.amount(), Double::sum);
      }
    }
    List<CustomerSummary> summaries = new ArrayList<>(days.size());
    for (Map.Entry<String, NavigableMap<LocalDate, Double>> customer : days.entrySet()) {
      summaries.add(summarize(customer.getKey(), customer.getValue(), calibrationEnd, unit));
    }
    return List.copyOf(summaries);
  }

  private static CustomerSummary summarize(
      String customerId,
      NavigableMap<LocalDate, Double> amountByDay,
      LocalDate calibrationEnd,
      TimeUnit unit) {
    LocalDate first = amountByDay.firstKey();
    LocalDate last = amountByDay.lastKey();
    int repeats = amountByDay.size() - 1;
    double repeatTotal = 0.0;
    for (double amount : amountByDay.tailMap(first, false).values()) {
      repeatTotal += amount;
    }
    return new CustomerSummary(
        customerId,
        repeats,
        unit.fromDays(ChronoUnit.DAYS.between(first, last)),
        unit.fromDays(ChronoUnit.DAYS.between(first, calibrationEnd)),
        repeats == 0 ? 0.0 : repeatTotal / repeats);
  }
}
