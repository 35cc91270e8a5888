package se.kundfokus.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Simulates and writes one customer's invoices, in date order: purchase times of a Poisson process
 * (thinned for weekends, season and the planted rate change) that may stop by the BG/NBD dropout,
 * Gamma-Gamma invoice values split over 1 to 8 lines, planted co-bought lines, and credit notes.
 * Memory is one invoice and the customer's pending credit notes.
 */
final class HistorySimulator {

  private record Credit(long day, long order, Article article, long quantity, long unitCents) {}

  private static final double SEASON_MEAN = Planted.seasonMean();
  private static final double SEASON_MAX =
      Arrays.stream(Planted.SEASONALITY).max().orElse(1.0) / SEASON_MEAN;

  private final SalesSink sink;
  private final Catalog catalog;
  private final int[][] pairs;
  private final PairStats stats;

  HistorySimulator(SalesSink sink, Catalog catalog, int[][] pairs, PairStats stats) {
    this.sink = sink;
    this.catalog = catalog;
    this.pairs = pairs.clone();
    this.stats = stats;
  }

  Outcome simulate(CustomerPlan plan, Rng rng) throws IOException {
    return new Run(plan, rng).simulate();
  }

  /** One customer's simulation. */
  private final class Run {
    private final CustomerPlan plan;
    private final Rng rng;
    private final CustomerPlan.Timeline time;
    private final PriorityQueue<Credit> credits =
        new PriorityQueue<>(Comparator.comparingLong(Credit::day).thenComparingLong(Credit::order));
    private final double[] weights;
    private long groupsBought;
    private boolean outflowBoughtBefore;
    private boolean boughtAfterOutflow;
    private int invoices;
    private long creditOrder;

    Run(CustomerPlan plan, Rng rng) {
      this.plan = plan;
      this.rng = rng;
      this.time = plan.timeline;
      this.weights = new double[plan.groupCount()];
    }

    Outcome simulate() throws IOException {
      double maxFactor = Math.max(1.0, Math.sqrt(time.rateFactor()));
      double maxPerDay = plan.rates.ratePerWeek() / 5.0 * SEASON_MAX * maxFactor;
      double t = time.activeFrom();
      boolean droppedOut = false;
      while (true) {
        t += rng.exponential(maxPerDay);
        long day = (long) Math.floor(t);
        if (day > time.activeUntil()) {
          break;
        }
        if (!rng.chance(relativeRate(day) / maxFactor)) {
          continue;
        }
        invoice(day);
        if (plan.rates.dropoutApplies() && rng.chance(plan.rates.dropout())) {
          droppedOut = true;
          break;
        }
      }
      if (invoices == 0 && plan.segment != Segment.NORMAL) {
        // A planted customer was active before its planted change: one invoice at least.
        long span = time.activeUntil() - time.activeFrom() + 1;
        invoice(weekday(time.activeFrom() + rng.below((int) span), time.activeFrom()));
      }
      flushCredits(Long.MAX_VALUE);
      boolean outflow = plan.hasPartialOutflow() && outflowBoughtBefore && boughtAfterOutflow;
      return new Outcome(groupsBought, outflow, droppedOut, invoices);
    }

    /** The purchase rate on the day relative to the maximum of the season and weekday. */
    private double relativeRate(long day) {
      if (Math.floorMod(day + 3, 7) >= 5) {
        return 0.0;
      }
      int month = LocalDate.ofEpochDay(day).getMonthValue();
      return Planted.SEASONALITY[month - 1] / SEASON_MEAN / SEASON_MAX * halfChange(day);
    }

    /**
     * The planted change of spend acts half on the purchase rate and half on the invoice value:
     * each is multiplied by the square root of the factor.
     */
    private double halfChange(long day) {
      return day >= time.rateChangeDay() ? Math.sqrt(time.rateFactor()) : 1.0;
    }

    private void invoice(long day) throws IOException {
      flushCredits(day);
      invoices++;
      List<Article> lines = lines(day);
      long invoice = sink.newInvoice(day);
      double value =
          rng.gamma(Planted.P, plan.rates.nu()) * plan.rates.spendMultiplier() * halfChange(day);
      double[] shares = new double[lines.size()];
      double total = 0;
      for (int i = 0; i < shares.length; i++) {
        shares[i] = 0.2 + rng.exponential(1.0);
        total += shares[i];
      }
      for (int i = 0; i < shares.length; i++) {
        double lineCents = value * shares[i] / total * 100.0;
        Article article = affordable(lines.get(i), lineCents, lines);
        long unit = Math.round(article.listPriceCents() * (1.0 - plan.rates.discount()));
        double units = lineCents / unit;
        long whole = (long) Math.floor(units);
        long quantity = Math.max(1, whole + (rng.chance(units - whole) ? 1 : 0));
        sink.line(invoice, day, plan.id, article, quantity, unit);
        record(article.group(), day);
        if (rng.chance(Planted.CREDIT_PROBABILITY)) {
          long creditDay = day + 3 + rng.below(28);
          if (creditDay <= plan.lastCreditDay(article.group())) {
            long returned = Math.max(1, Math.round(quantity * rng.uniform(0.2, 1.0)));
            credits.add(new Credit(creditDay, creditOrder++, article, returned, unit));
          }
        }
      }
    }

    /**
     * The article, or where its list price is above the line's value another article of the same
     * group that is not, so that amounts follow the drawn invoice value (a few tries).
     */
    private Article affordable(Article article, double lineCents, List<Article> lines) {
      for (int tries = 0; tries < 3 && article.listPriceCents() * 0.8 > lineCents; tries++) {
        Article other = article(article.group());
        if (other.listPriceCents() < article.listPriceCents() && !lines.contains(other)) {
          article = other;
        }
      }
      return article;
    }

    /** The articles of one invoice: 1 to 8 lines, planted consequents added. */
    private List<Article> lines(long day) {
      for (int g = 0; g < weights.length; g++) {
        weights[g] = plan.buys(g, day) ? plan.weight(g) : 0.0;
      }
      int count = 1 + rng.weighted(Planted.LINES_PER_INVOICE);
      List<Article> lines = new ArrayList<>(count + pairs.length);
      long groups = 0;
      for (int i = 0; i < count; i++) {
        Article article = article(rng.weighted(weights));
        if (!lines.contains(article)) {
          lines.add(article);
          groups |= 1L << article.group();
        }
      }
      for (int p = 0; p < pairs.length; p++) {
        int antecedent = pairs[p][0];
        int consequent = pairs[p][1];
        if ((groups & (1L << antecedent)) == 0) {
          continue;
        }
        if ((groups & (1L << consequent)) == 0
            && plan.pairRole(p) == CustomerPlan.PairRole.PAIRED
            && plan.buys(consequent, day)
            && lines.size() < 8
            && rng.chance(Planted.SAME_INVOICE_PROBABILITY)) {
          lines.add(article(consequent));
          groups |= 1L << consequent;
        }
        stats.count(p, (groups & (1L << consequent)) != 0);
      }
      return lines;
    }

    /** An article of the group; the first articles of a group sell more. */
    private Article article(int group) {
      List<Article> articles = catalog.articles(group);
      double u = rng.uniform();
      return articles.get((int) (u * u * articles.size()));
    }

    private void record(int group, long day) {
      groupsBought |= 1L << group;
      if (group == time.outflowGroup() && day <= time.outflowDay()) {
        outflowBoughtBefore = true;
      }
      if (plan.hasPartialOutflow() && day > time.outflowDay() && group != time.outflowGroup()) {
        boughtAfterOutflow = true;
      }
    }

    private void flushCredits(long day) throws IOException {
      while (!credits.isEmpty()) {
        Credit credit = credits.element();
        if (credit.day() > day) {
          return;
        }
        credits.remove();
        long invoice = sink.newInvoice(credit.day());
        sink.line(
            invoice,
            credit.day(),
            plan.id,
            credit.article(),
            -credit.quantity(),
            credit.unitCents());
      }
    }
  }

  /** The day, moved back to a Friday when it is a weekend day, but not before {@code from}. */
  private static long weekday(long day, long from) {
    long result = day;
    while (Math.floorMod(result + 3, 7) >= 5 && result > from) {
      result--;
    }
    return result;
  }
}
