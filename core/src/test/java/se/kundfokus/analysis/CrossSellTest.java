package se.kundfokus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.store.Workspace;

/**
 * Cross-selling on a hand-made workspace whose counts are worked out by hand: 12 customers in a
 * 6-month window; 1–6 buy A and B, 7 only A, 8–10 only C, 11 B and C, 12 A now and B before the
 * window.
 */
class CrossSellTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** 2025-06-30 (exclusive) to 2025-12-31: 184 days. */
  private static final double YEARS = 184 / 365.25;

  private static final CrossSellOptions SIX_MONTHS = new CrossSellOptions(6, 0.02, 2, 0.3, 1.2, 3);

  @Test
  void countsSupportConfidenceLiftAndTheChanceOfTheOverlap(@TempDir Path dir) throws Exception {
    AnalysisResult result = analyse(dir, 1.0);

    List<CrossSellRule> rules = result.crossSell().rules();
    assertThat(rules)
        .extracting(r -> r.antecedent() + "->" + r.consequent())
        .containsExactly("B->A", "A->B");
    CrossSellRule aToB = rules.get(1);
    assertThat(aToB.customers()).isEqualTo(12);
    assertThat(aToB.antecedentCustomers()).isEqualTo(8);
    assertThat(aToB.consequentCustomers()).isEqualTo(7);
    assertThat(aToB.bothCustomers()).isEqualTo(6);
    assertThat(aToB.support()).isEqualTo(0.5);
    assertThat(aToB.confidence()).isEqualTo(0.75);
    assertThat(aToB.lift()).isEqualTo(1.2857);
    // P(X >= 6), X hypergeometric: 12 customers, 8 buy A, 7 drawn: (C(8,6)C(4,1) + C(8,7)) /
    // C(12,7)
    assertThat(aToB.pValue()).isCloseTo(120.0 / 792, within(1e-12));
    assertThat(aToB.typicalYearlyRevenue()).isCloseTo(350 / YEARS, within(0.01));
    assertThat(aToB.revenueRatio()).isEqualTo(0.35);

    CrossSellRule bToA = rules.get(0);
    assertThat(bToA.confidence()).isEqualTo(0.8571);
    assertThat(bToA.lift()).isEqualTo(1.2857);
    assertThat(bToA.pValue()).isCloseTo(120.0 / 792, within(1e-12));
    // A per B of customers 1-6: 10, 5, 3.33, 2.5, 2, 1.67; the median is (3.33 + 2.5) / 2.
    assertThat(bToA.revenueRatio()).isEqualTo(2.9167);
  }

  @Test
  void recommendsWhatTheRulesLeadToAndTheCustomerHasNeverBought(@TempDir Path dir)
      throws Exception {
    AnalysisResult result = analyse(dir, 1.0);

    List<CrossSellRecommendation> recommendations = result.crossSell().recommendations();
    // 12 bought B before the window, so it is not offered B; 8-10 buy only C, which leads nowhere.
    assertThat(recommendations)
        .extracting(r -> r.customerId() + ":" + r.productGroup() + " because of " + r.becauseOf())
        .containsExactly("11:A because of B", "7:B because of A");
    CrossSellRecommendation eleven = recommendations.get(0);
    assertThat(eleven.becauseOfRevenue()).isEqualTo(700.0);
    assertThat(eleven.comparableYearlyRevenue()).isCloseTo(2.9167 * 700 / YEARS, within(0.01));
    assertThat(eleven.expectedYearlyValue()).isCloseTo(0.8571 * 2.9167 * 700 / YEARS, within(0.01));
    assertThat(eleven.name()).contains("Kund 11");
    assertThat(eleven.reason())
        .isEqualTo(
            "86 % of the 7 customers who buy B also buy A (1.3 times as often as customers in"
                + " general), for a median 2.92 per 1 spent on B; this customer bought B for 700"
                + " since 2025-07-01 and has never bought A: 4,053 a year at that rate, 3,474"
                + " expected");
    CrossSellRecommendation seven = recommendations.get(1);
    assertThat(seven.expectedYearlyValue()).isCloseTo(0.75 * 0.35 * 2000 / YEARS, within(0.01));

    assertThat(result.summary().crossSellRecommendations()).isEqualTo(2);
    assertThat(result.summary().crossSellPotential())
        .isCloseTo(eleven.expectedYearlyValue() + seven.expectedYearlyValue(), within(0.011));
  }

  @Test
  void keepsNoRuleThatCouldBeChanceAndSaysSo(@TempDir Path dir) throws Exception {
    // At a significance of 1 %, corrected for 3 pairs, an overlap 15 % likely by chance is not
    // kept.
    AnalysisResult result = analyse(dir, 0.01);

    assertThat(result.crossSell().rules()).isEmpty();
    assertThat(result.crossSell().recommendations()).isEmpty();
    assertThat(result.summary().crossSellPotential()).isZero();
    assertThat(result.notes())
        .contains(
            "no two product groups are bought together clearly more often than by chance, so"
                + " there is nothing to cross-sell (see cross_sell in the settings)");
  }

  @Test
  void theOverlapChanceIsTheHypergeometricUpperTail() {
    // 10 customers, 5 buy A, 6 buy B, 4 both: (C(5,4)C(5,2) + C(5,5)C(5,1)) / C(10,6) = 55 / 210.
    assertThat(CrossSellFinder.overlapAtLeast(10, 5, 6, 4)).isCloseTo(55.0 / 210, within(1e-12));
    assertThat(CrossSellFinder.overlapAtLeast(10, 5, 6, 1)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void keepsAPairWhoseSupportIsExactlyTheLeastAndNoneBelowIt(@TempDir Path dir) throws Exception {
    // A and B: 6 of the 12 customers, support 0.5 exactly; the query's floor must not drop them.
    AnalysisResult atTheLeast =
        analyse(
            java.nio.file.Files.createDirectory(dir.resolve("a")),
            1.0,
            new CrossSellOptions(6, 0.5, 2, 0.3, 1.2, 3));
    assertThat(atTheLeast.crossSell().rules())
        .extracting(r -> r.antecedent() + "->" + r.consequent())
        .containsExactly("B->A", "A->B");

    AnalysisResult above =
        analyse(
            java.nio.file.Files.createDirectory(dir.resolve("b")),
            1.0,
            new CrossSellOptions(6, 0.51, 2, 0.3, 1.2, 3));
    assertThat(above.crossSell().rules()).isEmpty();
  }

  @Test
  void theLeastCountIsTheSmallestWhoseShareReachesTheSupport() {
    // 0.07 * 100 is 7.000000000000001 in doubles, but 7 / 100 is 0.07: seven customers suffice.
    assertThat(CrossSellFinder.leastCount(0.07, 100)).isEqualTo(7);
    assertThat(CrossSellFinder.leastCount(0.02, 100_000)).isEqualTo(2_000);
    assertThat(CrossSellFinder.leastCount(0.1, 3)).isEqualTo(1);
    assertThat(CrossSellFinder.leastCount(0.0, 500)).isZero();
    java.util.Random random = new java.util.Random(20261202);
    for (int i = 0; i < 10_000; i++) {
      double support = random.nextDouble();
      long customers = 1L + random.nextInt(2_000_000);
      long count = CrossSellFinder.leastCount(support, customers);
      assertThat((double) count / customers).isGreaterThanOrEqualTo(support);
      assertThat((double) (count - 1) / customers).isLessThan(support);
    }
  }

  @Test
  void rejectsThresholdsOutsideTheirRange() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new CrossSellOptions(6, 0.02, 2, 0.3, 0.9, 3))
        .hasMessage("minLift must be at least 1, was 0.9");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new CrossSellOptions(0, 0.02, 2, 0.3, 1.2, 3))
        .hasMessage("windowMonths must be 1 to 120, was 0");
  }

  private static AnalysisResult analyse(Path dir, double significance) throws Exception {
    return analyse(dir, significance, SIX_MONTHS);
  }

  private static AnalysisResult analyse(Path dir, double significance, CrossSellOptions crossSell)
      throws Exception {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      rows.add(new Object[] {i, "2025-08-01", "A", 1000.0});
      rows.add(new Object[] {i, "2025-09-01", "B", 100.0 * i});
    }
    rows.add(new Object[] {7, "2025-10-01", "A", 2000.0});
    for (int i = 8; i <= 10; i++) {
      rows.add(new Object[] {i, "2025-11-01", "C", 500.0});
    }
    rows.add(new Object[] {11, "2025-07-15", "B", 700.0});
    rows.add(new Object[] {11, "2025-07-15", "C", 500.0});
    rows.add(new Object[] {12, "2025-03-01", "B", 300.0});
    rows.add(new Object[] {12, "2025-12-31", "A", 1000.0});
    try (Workspace workspace = Workspace.open(dir.resolve("ws.duckdb"))) {
      workspace.transaction(
          c -> {
            try (PreparedStatement customer =
                    c.prepareStatement(
                        "INSERT INTO customers (customer_id, name, in_register, source_line)"
                            + " VALUES (?, ?, true, ?)");
                PreparedStatement sale =
                    c.prepareStatement(
                        "INSERT INTO sales (invoice_id, date, customer_id, product_group, amount,"
                            + " source_line) VALUES (?, ?, ?, ?, ?, ?)")) {
              for (int i = 1; i <= 12; i++) {
                customer.setString(1, String.valueOf(i));
                customer.setString(2, "Kund " + i);
                customer.setLong(3, i + 1);
                customer.executeUpdate();
              }
              int line = 1;
              for (Object[] row : rows) {
                sale.setString(1, "F" + line);
                sale.setObject(2, LocalDate.parse((String) row[1]));
                sale.setString(3, String.valueOf(row[0]));
                sale.setString(4, (String) row[2]);
                sale.setDouble(5, (Double) row[3]);
                sale.setLong(6, ++line);
                sale.executeUpdate();
              }
            }
            return rows.size();
          });
      AnalysisOptions options =
          new AnalysisOptions()
              .withAsOf(AS_OF)
              .withSignificance(significance)
              .withCrossSell(crossSell);
      return Analyzer.analyze(workspace, options, "test");
    }
  }
}
