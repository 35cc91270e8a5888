package se.kundfokus.generate;

/** The population parameters of the planted ground truth, written to {@code truth.json}. */
final class Planted {

  /** BG/NBD: purchase rate per week ~ Gamma(shape R, rate ALPHA), mean 0.5 invoices a week. */
  static final double R = 3.0;

  static final double ALPHA = 6.0;

  /** BG/NBD: dropout probability after each purchase ~ Beta(A, B), mean about 0.0017. */
  static final double A = 0.3;

  static final double B = 180.0;

  /**
   * Gamma-Gamma: base spend per invoice ~ Gamma(shape P, rate nu), nu ~ Gamma(shape Q, rate V), so
   * the mean base invoice is P * V / (Q - 1) = 3000 SEK before the multipliers.
   */
  static final double P = 4.0;

  static final double Q = 10.0;
  static final double V = 6750.0;

  /** Spend multiplier of SNI division 25 or 28. */
  static final double MANUFACTURING_MULTIPLIER = 3.0;

  /** Spend multiplier of three or more sites. */
  static final double MULTI_SITE_MULTIPLIER = 2.5;

  /** The weak size effect: spend multiplier (employees / SIZE_REFERENCE) ^ SIZE_EXPONENT. */
  static final double SIZE_EXPONENT = 0.1;

  static final double SIZE_REFERENCE = 25.0;

  /** Share of customers drawn into each behaviour segment. */
  static final double SEGMENT_SHARE = 0.08;

  /**
   * Share of the normal customers with a spend driver and a new purchasing manager who grow in the
   * last 12 months: the need of a company like the best customers turns into sales.
   */
  static final double GROWTH_RESPONSE_SHARE = 0.6;

  /** Spend factor of the last 12 months for those who respond, applied like the growth. */
  static final double RESPONSE_MIN = 1.5;

  static final double RESPONSE_MAX = 2.0;

  /** Share of customers drawn for a partial outflow (stop buying one product group). */
  static final double PARTIAL_OUTFLOW_SHARE = 0.05;

  /** Share of normal customers who became customers within the sales history. */
  static final double NEW_CUSTOMER_SHARE = 0.12;

  /** Planted customers buy at least this often (per week), so their pattern is visible. */
  static final double PLANTED_MIN_RATE = 0.5;

  /**
   * Spend factor of the last 12 months for declining customers (drawn uniformly); the purchase rate
   * and the invoice value are each multiplied by its square root.
   */
  static final double DECLINE_MIN = 0.3;

  static final double DECLINE_MAX = 0.5;

  /** Spend factor of the last 12 months for growing customers, applied like the decline. */
  static final double GROWTH_MIN = 2.0;

  static final double GROWTH_MAX = 2.8;

  /** Share of customers buying an antecedent group who never buy its consequent. */
  static final double CROSS_SELL_CANDIDATE_SHARE = 0.15;

  /** Probability that an invoice with the antecedent also gets a line of the consequent. */
  static final double SAME_INVOICE_PROBABILITY = 0.6;

  /** Probability that an invoice line is later returned on a credit note. */
  static final double CREDIT_PROBABILITY = 0.015;

  /** Mean complaints in the last 12 months: churned and declining customers complain more. */
  static final double COMPLAINTS_MEAN = 0.6;

  static final double COMPLAINTS_MEAN_UNHAPPY = 1.6;

  /** Relative invoice volume per calendar month, January first: lower in July and December. */
  static final double[] SEASONALITY = {
    0.95, 1.0, 1.1, 1.05, 1.05, 0.95, 0.4, 0.9, 1.1, 1.1, 1.1, 0.8
  };

  /** Probability that a customer's assortment holds each product group, in catalogue order. */
  static final double[] GROUP_INCLUSION = {
    0.7, 0.75, 0.45, 0.3, 0.3, 0.35, 0.3, 0.4, 0.45, 0.8, 0.35, 0.3, 0.5
  };

  /** Relative frequency of invoices with 1 to 8 lines. */
  static final double[] LINES_PER_INVOICE = {22, 22, 18, 13, 10, 7, 5, 3};

  /** Pain signal: a contract ending within this many months after the end date. */
  static final int CONTRACT_PAIN_MONTHS = 6;

  /** Pain signal: at least this many complaints in the last 12 months. */
  static final int COMPLAINTS_PAIN_MIN = 2;

  private Planted() {}

  static double seasonMean() {
    double sum = 0;
    for (double factor : SEASONALITY) {
      sum += factor;
    }
    return sum / SEASONALITY.length;
  }
}
