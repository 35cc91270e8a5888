package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSummariesTest {

  private static final LocalDate END = LocalDate.of(2024, 3, 31);

  private static Transaction buy(String customer, String date, double amount) {
    return new Transaction(customer, LocalDate.parse(date), amount);
  }

  @Test
  void purchasesOnOneDayAreOneTransaction() {
    List<CustomerSummary> summaries =
        CustomerSummaries.of(
            List.of(
                buy("A", "2024-01-01", 10),
                buy("A", "2024-01-01", 5),
                buy("A", "2024-01-15", 20),
                buy("A", "2024-01-15", 30),
                buy("A", "2024-01-29", 100)),
            END,
            TimeUnit.WEEKS);

    assertThat(summaries)
        .containsExactly(new CustomerSummary("A", 2, 4.0, 90 / 7.0, (50.0 + 100.0) / 2));
  }

  @Test
  void ignoresWhatHappensAfterTheCalibrationEnd() {
    List<CustomerSummary> summaries =
        CustomerSummaries.of(
            List.of(
                buy("A", "2024-03-31", 10), buy("A", "2024-04-01", 10), buy("B", "2024-04-02", 10)),
            END,
            TimeUnit.DAYS);

    assertThat(summaries).containsExactly(new CustomerSummary("A", 0, 0.0, 0.0, 0.0));
  }

  @Test
  void acceptsTransactionsInAnyOrder() {
    List<CustomerSummary> summaries =
        CustomerSummaries.of(
            List.of(
                buy("B", "2024-02-01", 7),
                buy("A", "2024-03-01", 3),
                buy("B", "2024-01-01", 1),
                buy("A", "2024-01-31", 2)),
            END,
            TimeUnit.DAYS);

    assertThat(summaries)
        .containsExactly(
            new CustomerSummary("B", 1, 31.0, 90.0, 7.0),
            new CustomerSummary("A", 1, 30.0, 60.0, 3.0));
  }

  @Test
  void measuresTimeInTheGivenUnit() {
    List<Transaction> transactions = List.of(buy("A", "2023-03-31", 1), buy("A", "2023-09-30", 1));

    CustomerSummary months = CustomerSummaries.of(transactions, END, TimeUnit.MONTHS).get(0);

    assertThat(TimeUnit.MONTHS.days()).isEqualTo(30.4375);
    assertThat(months.recency()).isCloseTo(183 / 30.4375, within(1e-12));
    assertThat(months.age()).isCloseTo(366 / 30.4375, within(1e-12));
  }

  @Test
  void creditNotesReduceTheDaysAmount() {
    List<CustomerSummary> summaries =
        CustomerSummaries.of(
            List.of(
                buy("A", "2024-01-01", 10),
                buy("A", "2024-02-01", 40),
                buy("A", "2024-02-01", -15)),
            END,
            TimeUnit.DAYS);

    assertThat(summaries.get(0).averageSpend()).isEqualTo(25.0);
  }
}
