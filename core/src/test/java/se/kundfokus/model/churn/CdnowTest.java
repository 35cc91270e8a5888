package se.kundfokus.model.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published figures on the CDNOW sample: Fader, Hardie &amp; Lee (2005) for BG/NBD, and their
 * note "The Gamma-Gamma Model of Monetary Value" (2013) for Gamma-Gamma.
 */
class CdnowTest {

  private static List<CustomerSummary> summaries = List.of();

  @BeforeAll
  static void summarize() {
    summaries = Cdnow.summaries();
  }

  @Test
  void summariesEqualThePublishedOnes() {
    List<String[]> published = Cdnow.publishedSummaries();
    assertThat(summaries).hasSize(2357).hasSameSizeAs(published);
    for (int i = 0; i < published.size(); i++) {
      String[] row = published.get(i);
      CustomerSummary mine = summaries.get(i);
      assertThat(Integer.parseInt(mine.customerId())).isEqualTo(Integer.parseInt(row[0]));
      assertThat(mine.frequency()).as("x of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
      assertThat(mine.recency())
          .as("t_x of %s", row[0])
          .isCloseTo(Double.parseDouble(row[2]), within(0.005 + 1e-9));
      assertThat(mine.age())
          .as("T of %s", row[0])
          .isCloseTo(Double.parseDouble(row[3]), within(0.005 + 1e-9));
    }
  }

  @Test
  void firstCustomerCountsDaysOverSeven() {
    // 0001 bought on 1997-01-01, -01-18, -08-02 and -12-12: two repeats in the calibration period
    CustomerSummary first = summaries.get(0);
    assertThat(first.frequency()).isEqualTo(2);
    assertThat(first.recency()).isEqualTo(213 / 7.0);
    assertThat(first.age()).isEqualTo(272 / 7.0);
    assertThat(first.averageSpend()).isCloseTo((29.73 + 14.96) / 2, within(1e-12));
  }

  @Test
  void bgNbdReproducesThePublishedEstimates() {
    BgNbd.Fitted fitted = BgNbd.fit(summaries, new BgNbd.Options());

    assertThat(fitted.r()).isCloseTo(0.243, withinPercentage(1));
    assertThat(fitted.alpha()).isCloseTo(4.414, withinPercentage(1));
    assertThat(fitted.a()).isCloseTo(0.793, withinPercentage(1));
    assertThat(fitted.b()).isCloseTo(2.426, withinPercentage(1));
    assertThat(fitted.logLikelihood()).isCloseTo(-9582.4, within(0.5));
    assertThat(fitted.customers()).isEqualTo(2357);
    assertThat(fitted.distinctHistories()).isEqualTo(1016);
    assertThat(fitted.timeUnit()).isEqualTo(TimeUnit.WEEKS);
  }

  @Test
  void bgNbdPredictsThePapersExampleCustomer() {
    // The paper's example: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks.
    BgNbdParameters published = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    assertThat(published.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(5e-4));
  }

  @Test
  void gammaGammaReproducesThePublishedEstimates() {
    GammaGamma.Fitted fitted = GammaGamma.fit(summaries, new GammaGamma.Options());

    assertThat(fitted.p()).isCloseTo(6.25, withinPercentage(1));
    assertThat(fitted.q()).isCloseTo(3.74, withinPercentage(1));
    assertThat(fitted.v()).isCloseTo(15.44, withinPercentage(1));
    assertThat(fitted.customers()).isEqualTo(946);
    assertThat(fitted.skipped()).isZero();
  }
}
