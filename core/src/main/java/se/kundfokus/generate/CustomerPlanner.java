package se.kundfokus.generate;

import java.time.LocalDate;

/** Draws a {@link CustomerPlan} for each customer index, from the seed and the index alone. */
final class CustomerPlanner {

  private final CompanyFactory companies;
  private final long seed;
  private final int years;
  private final LocalDate endDate;
  private final long start;
  private final long end;
  private final int[][] pairs;

  CustomerPlanner(GenerationOptions options, Catalog catalog) {
    this.companies = new CompanyFactory(options.seed(), options.endDate());
    this.seed = options.seed();
    this.years = options.years();
    this.endDate = options.endDate();
    this.start = options.startDate().toEpochDay();
    this.end = endDate.toEpochDay();
    this.pairs = new int[Catalog.CO_BOUGHT.size()][];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] =
          new int[] {
            catalog.groupIndex(Catalog.CO_BOUGHT.get(i).get(0)),
            catalog.groupIndex(Catalog.CO_BOUGHT.get(i).get(1))
          };
    }
  }

  CustomerPlan plan(int index) {
    Rng rng = Rng.of(seed, 1, index);
    Segment segment = segment(rng);
    boolean partialOutflow =
        segment == Segment.NORMAL && rng.chance(Planted.PARTIAL_OUTFLOW_SHARE / 0.68);
    boolean planted = segment != Segment.NORMAL || partialOutflow;
    boolean unhappy = segment == Segment.CHURNED || segment == Segment.DECLINING;
    Company company =
        companies.draw(
            rng,
            index,
            CompanyFactory.Drivers.ANY,
            unhappy ? Planted.COMPLAINTS_MEAN_UNHAPPY : Planted.COMPLAINTS_MEAN);
    if (segment == Segment.NORMAL
        && !partialOutflow
        && years >= 2
        && (company.manufacturing() || company.multiSite())
        && company.newPurchasingManager()
        && rng.chance(Planted.GROWTH_RESPONSE_SHARE)) {
      // The method's premise, planted: a company like the best customers with a new purchasing
      // manager (a need) buys more in the last year.
      segment = Segment.RESPONDING;
      planted = true;
    }
    int accountManager = rng.below(Words.ACCOUNT_MANAGERS.size());
    LocalDate since = customerSince(rng, !planted && rng.chance(Planted.NEW_CUSTOMER_SHARE));

    double rate = rng.gamma(Planted.R, Planted.ALPHA);
    double dropout = rng.beta(Planted.A, Planted.B);
    double nu = rng.gamma(Planted.Q, Planted.V);
    double multiplier =
        (company.manufacturing() ? Planted.MANUFACTURING_MULTIPLIER : 1.0)
            * (company.multiSite() ? Planted.MULTI_SITE_MULTIPLIER : 1.0)
            * Math.pow(company.employees() / Planted.SIZE_REFERENCE, Planted.SIZE_EXPONENT);
    CustomerPlan.Rates rates =
        new CustomerPlan.Rates(
            planted ? Math.max(rate, Planted.PLANTED_MIN_RATE) : rate,
            dropout,
            !planted,
            nu,
            multiplier,
            rng.uniform(0, 0.2));

    double[] weights = new double[Planted.GROUP_INCLUSION.length];
    CustomerPlan.PairRole[] roles = assortment(rng, weights);
    long activeFrom = Math.max(start, since.toEpochDay());
    long yearAgo = endDate.minusYears(1).toEpochDay();
    long activeUntil =
        switch (segment) {
          case CHURNED -> endDate.minusMonths(3).toEpochDay() - rng.below(183);
          case LAPSED ->
              between(rng, Math.max(endDate.minusMonths(23).toEpochDay(), start + 90), yearAgo);
          case NORMAL, DECLINING, GROWING, RESPONDING -> end;
        };
    double factor =
        switch (segment) {
          case DECLINING -> rng.uniform(Planted.DECLINE_MIN, Planted.DECLINE_MAX);
          case GROWING -> rng.uniform(Planted.GROWTH_MIN, Planted.GROWTH_MAX);
          case RESPONDING -> rng.uniform(Planted.RESPONSE_MIN, Planted.RESPONSE_MAX);
          case NORMAL, CHURNED, LAPSED -> 1.0;
        };
    boolean rateChanges =
        segment == Segment.DECLINING || segment == Segment.GROWING || segment == Segment.RESPONDING;
    long changeDay = rateChanges ? yearAgo + 1 : end + 1;
    int outflowGroup = partialOutflow ? rng.weighted(weights) : -1;
    long outflowDay = end + 1;
    if (partialOutflow) {
      outflowDay =
          between(
              rng,
              Math.max(endDate.minusMonths(18).toEpochDay(), start + 90),
              endDate.minusMonths(6).toEpochDay());
    }
    return new CustomerPlan(
        customerId(index),
        company,
        accountManager,
        since,
        segment,
        rates,
        new CustomerPlan.Timeline(
            activeFrom, activeUntil, changeDay, factor, outflowGroup, outflowDay),
        weights,
        roles);
  }

  static String customerId(int index) {
    return Integer.toString(10_001 + index);
  }

  /** Group pair indexes: antecedent, consequent. */
  int[] pair(int pair) {
    return pairs[pair].clone();
  }

  /** A day drawn uniformly from {@code first} to {@code last}, both included. */
  private static long between(Rng rng, long first, long last) {
    return first + rng.below((int) (last - first + 1));
  }

  private Segment segment(Rng rng) {
    double u = rng.uniform();
    int slot = (int) (u / Planted.SEGMENT_SHARE);
    Segment[] planted = {Segment.CHURNED, Segment.DECLINING, Segment.LAPSED, Segment.GROWING};
    if (slot >= planted.length) {
      return Segment.NORMAL;
    }
    Segment segment = planted[slot];
    return segment.needsTwoYears() && years < 2 ? Segment.NORMAL : segment;
  }

  private LocalDate customerSince(Rng rng, boolean newCustomer) {
    if (newCustomer) {
      return LocalDate.ofEpochDay(start + rng.below((int) Math.max(1, end - start - 30)));
    }
    return LocalDate.ofEpochDay(start - 1 - rng.below(25 * 365));
  }

  /** Fills the group weights and returns the role in each co-bought pair. */
  private CustomerPlan.PairRole[] assortment(Rng rng, double[] weights) {
    for (int g = 0; g < weights.length; g++) {
      weights[g] = rng.chance(Planted.GROUP_INCLUSION[g]) ? 0.1 + rng.exponential(1.0) : 0.0;
    }
    CustomerPlan.PairRole[] roles = new CustomerPlan.PairRole[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int antecedent = pairs[i][0];
      int consequent = pairs[i][1];
      if (weights[antecedent] == 0) {
        roles[i] = CustomerPlan.PairRole.NONE;
      } else if (rng.chance(Planted.CROSS_SELL_CANDIDATE_SHARE)) {
        roles[i] = CustomerPlan.PairRole.CANDIDATE;
        weights[consequent] = 0;
      } else {
        roles[i] = CustomerPlan.PairRole.PAIRED;
        weights[consequent] = Math.max(weights[consequent], 0.1 + rng.exponential(1.0));
      }
    }
    // Everyone buys at least two groups; the fallbacks are in no planted pair.
    for (int g = 0; g < weights.length && groupCount(weights) < 2; g++) {
      if (weights[g] == 0 && !inPair(g)) {
        weights[g] = 0.1 + rng.exponential(1.0);
      }
    }
    return roles;
  }

  private static int groupCount(double[] weights) {
    int groups = 0;
    for (double weight : weights) {
      groups += weight > 0 ? 1 : 0;
    }
    return groups;
  }

  private boolean inPair(int group) {
    for (int[] pair : pairs) {
      if (pair[0] == group || pair[1] == group) {
        return true;
      }
    }
    return false;
  }
}
