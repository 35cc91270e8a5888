package se.kundfokus.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything drawn for one customer before its history is simulated: register attributes, the
 * purchase parameters, the planted behaviour over time and the assortment. Days are epoch days.
 */
final class CustomerPlan {

  /** How a customer relates to one planted co-bought pair. */
  enum PairRole {
    /** The antecedent is not in the assortment. */
    NONE,
    /** Buys the antecedent and the consequent, often on the same invoice. */
    PAIRED,
    /** Buys the antecedent but never the consequent. */
    CANDIDATE
  }

  /**
   * The purchase process.
   *
   * @param ratePerWeek BG/NBD purchase rate (invoices a week)
   * @param dropout BG/NBD dropout probability after each purchase
   * @param dropoutApplies whether the dropout acts (only for customers without planted behaviour)
   * @param nu Gamma-Gamma rate of the base spend per invoice
   * @param spendMultiplier the drivers and the size effect
   * @param discount the customer's discount off list prices
   */
  record Rates(
      double ratePerWeek,
      double dropout,
      boolean dropoutApplies,
      double nu,
      double spendMultiplier,
      double discount) {}

  /**
   * When the customer buys.
   *
   * @param activeFrom first day the customer may buy
   * @param activeUntil last day the customer may buy
   * @param rateChangeDay from this day on the purchase rate is multiplied by {@code rateFactor}
   * @param rateFactor the factor (1 when there is no change)
   * @param outflowGroup the group the customer stops buying, or -1
   * @param outflowDay the last day the customer may buy {@code outflowGroup}
   */
  record Timeline(
      long activeFrom,
      long activeUntil,
      long rateChangeDay,
      double rateFactor,
      int outflowGroup,
      long outflowDay) {}

  final String id;
  final Company company;
  final int accountManager;
  final LocalDate customerSince;
  final Segment segment;
  final Rates rates;
  final Timeline timeline;
  private final double[] groupWeights;
  private final PairRole[] pairRoles;

  CustomerPlan(
      String id,
      Company company,
      int accountManager,
      LocalDate customerSince,
      Segment segment,
      Rates rates,
      Timeline timeline,
      double[] groupWeights,
      PairRole[] pairRoles) {
    this.id = Objects.requireNonNull(id, "id must not be null");
    this.company = Objects.requireNonNull(company, "company must not be null");
    this.accountManager = accountManager;
    this.customerSince = Objects.requireNonNull(customerSince, "customerSince must not be null");
    this.segment = Objects.requireNonNull(segment, "segment must not be null");
    this.rates = Objects.requireNonNull(rates, "rates must not be null");
    this.timeline = Objects.requireNonNull(timeline, "timeline must not be null");
    this.groupWeights = groupWeights.clone();
    this.pairRoles = pairRoles.clone();
  }

  boolean hasPartialOutflow() {
    return timeline.outflowGroup() >= 0;
  }

  /** Relative share of the group in the assortment; 0 when the customer never buys it. */
  double weight(int group) {
    return groupWeights[group];
  }

  int groupCount() {
    return groupWeights.length;
  }

  PairRole pairRole(int pair) {
    return pairRoles[pair];
  }

  /** Whether the customer may buy this group on this day. */
  boolean buys(int group, long day) {
    return groupWeights[group] > 0
        && !(group == timeline.outflowGroup() && day > timeline.outflowDay());
  }

  /** The last day a line of this group may be credited. */
  long lastCreditDay(int group) {
    return group == timeline.outflowGroup()
        ? Math.min(timeline.activeUntil(), timeline.outflowDay())
        : timeline.activeUntil();
  }
}
