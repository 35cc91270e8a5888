package se.kundfokus.model.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Profile;

/**
 * What characterises the best customers, from the register's attributes.
 *
 * <p>For each attribute the best cohort is compared with the other customers: per value or band the
 * counts and the lift (how many times as often as among all customers its customers are best
 * customers), the information gain of the attribute, and a likelihood-ratio test corrected for
 * testing every attribute (Holm). The proposal is chosen forward: first the condition with the most
 * information, then, among the conditions of other attributes, the one that adds the most within
 * the cells of those chosen, as long as it is significant (Bonferroni over every condition and
 * attribute tried), makes best customers at least {@code minLift} times as likely as expected and
 * holds for at least {@code minBest} of them. An attribute that separates the best customers on its
 * own but not beyond the chosen ones only repeats them.
 *
 * @param customers the customers compared (the active customers)
 * @param bestCustomers how many of them are in the best cohort
 * @param bestShare the share of best customers among all compared
 * @param attributes the evidence per attribute, the most telling first
 * @param proposal the proposed parameters, in the order chosen
 * @param rules the leaves of a shallow rule tree, richest in best customers first
 * @param notes what the user should know, e.g. why nothing is proposed
 */
public record Characteristics(
    long customers,
    long bestCustomers,
    double bestShare,
    List<AttributeEvidence> attributes,
    List<Parameter> proposal,
    List<RuleLeaf> rules,
    List<String> notes) {

  public Characteristics {
    attributes = List.copyOf(attributes);
    proposal = List.copyOf(proposal);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /**
   * Finds the characteristics.
   *
   * @param attributes the attributes to compare; purchase facts are left out, since they describe
   *     what makes a customer best rather than what kind of company it is
   * @param population the profiles of the customers to compare, one each
   * @param best the ids of the best cohort among them
   */
  public static Characteristics find(
      List<Attribute> attributes,
      List<Profile> population,
      Set<String> best,
      LocalDate asOf,
      CharacteristicsOptions options) {
    return find(attributes, population, best, asOf, options, Set.of());
  }

  /**
   * Finds the characteristics, leaving the attributes of the pain parameters out of the proposal:
   * potential (who is like the best customers) and pain (who has a need) are kept apart, so that
   * one attribute does not count twice.
   *
   * @param painAttributes the keys of the attributes the pain parameters test
   */
  public static Characteristics find(
      List<Attribute> attributes,
      List<Profile> population,
      Set<String> best,
      LocalDate asOf,
      CharacteristicsOptions options,
      Set<String> painAttributes) {
    Objects.requireNonNull(attributes, "attributes must not be null");
    Objects.requireNonNull(population, "population must not be null");
    Objects.requireNonNull(best, "best must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(painAttributes, "painAttributes must not be null");
    return new Finder(attributes, population, best, asOf, options, Set.copyOf(painAttributes))
        .find();
  }

  /** One run of {@link #find}. */
  private static final class Finder {
    private final List<Attribute> attributes;
    private final List<Profile> population;
    private final LocalDate asOf;
    private final CharacteristicsOptions options;
    private final Set<String> painAttributes;
    private final boolean[] isBest;
    private final long bestCount;

    /** The 1 % critical value of the chi-squared distribution with one degree of freedom. */
    static final double FINER_BY = 6.635;

    private final double baseShare;

    Finder(
        List<Attribute> attributes,
        List<Profile> population,
        Set<String> best,
        LocalDate asOf,
        CharacteristicsOptions options,
        Set<String> painAttributes) {
      this.attributes = attributes;
      this.painAttributes = painAttributes;
      this.population = population;
      this.asOf = asOf;
      this.options = options;
      this.isBest = new boolean[population.size()];
      long count = 0;
      for (int i = 0; i < isBest.length; i++) {
        isBest[i] = best.contains(population.get(i).id());
        count += isBest[i] ? 1 : 0;
      }
      this.bestCount = count;
      this.baseShare = population.isEmpty() ? 0 : (double) count / population.size();
    }

    Characteristics find() {
      List<String> notes = new ArrayList<>();
      if (population.isEmpty() || bestCount == 0 || bestCount == population.size()) {
        notes.add("there are no best customers to compare with the others");
        return new Characteristics(
            population.size(),
            bestCount,
            round4(baseShare),
            List.of(),
            List.of(),
            List.of(),
            notes);
      }
      List<Item> items = new ArrayList<>();
      Map<Attribute, AttributeEvidence.Status> refused = new LinkedHashMap<>();
      for (Attribute attribute : attributes) {
        if (attribute.origin() == Attribute.Origin.FACT) {
          continue;
        }
        Buckets.Result f = Buckets.of(attribute, population, asOf, options.maxCategories(), true);
        Buckets.Result c = Buckets.of(attribute, population, asOf, options.maxCategories(), false);
        if (f.buckets().isPresent() && c.buckets().isPresent()) {
          items.add(new Item(attribute, f.buckets().get(), c.buckets().get()));
        } else if (f.refusal().orElse(Buckets.Refusal.NO_VALUES)
            == Buckets.Refusal.TOO_MANY_VALUES) {
          refused.put(attribute, AttributeEvidence.Status.TOO_MANY_VALUES);
        }
      }
      List<Item> eligible =
          items.stream()
              .filter(i -> i.fine.coverage >= options.minCoverage())
              .filter(i -> !painAttributes.contains(i.attribute.key()))
              .toList();
      if (items.isEmpty()) {
        notes.add(
            "the customers have no attributes to compare (import a customer register with"
                + " industry, employees, sites or other columns)");
      }

      List<Marginal> marginals = new ArrayList<>();
      Selection selection = select(eligible);
      for (Item item : items) {
        marginals.add(marginal(item, selection.firstP));
      }
      double[] raw = new double[eligible.size()];
      for (int i = 0; i < eligible.size(); i++) {
        raw[i] = marginals.get(items.indexOf(eligible.get(i))).p;
      }
      double[] holm = Stats.holm(raw);

      List<AttributeEvidence> evidence = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        Marginal m = marginals.get(i);
        int e = eligible.indexOf(item);
        Status status = status(item.attribute, item.fine, m, selection, e >= 0);
        evidence.add(
            new AttributeEvidence(
                item.attribute.key(),
                item.attribute.label(),
                item.attribute.kind().name().toLowerCase(Locale.ROOT),
                round4(item.fine.coverage),
                m.groups,
                round4(m.gain),
                m.p,
                e >= 0 ? holm[e] : 1.0,
                m.condition,
                status.status,
                status.reason));
      }
      for (Map.Entry<Attribute, AttributeEvidence.Status> r : refused.entrySet()) {
        evidence.add(
            new AttributeEvidence(
                r.getKey().key(),
                r.getKey().label(),
                r.getKey().kind().name().toLowerCase(Locale.ROOT),
                0,
                List.of(),
                0,
                1,
                1,
                Optional.empty(),
                r.getValue(),
                "more than "
                    + options.maxCategories()
                    + " distinct values: an identifier or free text, not a kind of company"));
      }
      evidence.sort(
          Comparator.comparing(AttributeEvidence::status)
              .thenComparingDouble(
                  e -> -e.bestCondition().map(ConditionEvidence::informationGain).orElse(0.0))
              .thenComparing(AttributeEvidence::attribute));
      if (!items.isEmpty() && selection.chosen.isEmpty()) {
        notes.add(
            "no attribute separates the best customers clearly enough to propose it (see the"
                + " evidence per attribute; potential parameters can be chosen in the settings)");
      }
      List<RuleLeaf> rules =
          new RuleTree(isBest, eligible.stream().map(i -> i.fine).toList(), options).leaves();
      return new Characteristics(
          population.size(),
          bestCount,
          round4(baseShare),
          evidence,
          selection.parameters,
          rules,
          notes);
    }

    /** An attribute with its buckets for conditions (fine) and for showing (coarse). */
    private record Item(Attribute attribute, Buckets fine, Buckets coarse) {}

    /** An attribute on its own: groups, information, test and best condition. */
    private record Marginal(
        List<GroupEvidence> groups,
        double gain,
        double p,
        Optional<ConditionEvidence> condition,
        Optional<Search.Found> found,
        double pAdjusted,
        boolean separates) {}

    private Marginal marginal(Item item, Map<Attribute, Double> firstP) {
      Buckets coarse = item.coarse;
      int width = coarse.count + 1;
      long[] n = new long[width];
      long[] b = new long[width];
      for (int i = 0; i < isBest.length; i++) {
        n[coarse.of[i]]++;
        if (isBest[i]) {
          b[coarse.of[i]]++;
        }
      }
      List<GroupEvidence> groups = new ArrayList<>();
      double conditional = 0;
      int nonEmpty = 0;
      for (int j = 0; j < width; j++) {
        if (n[j] == 0) {
          continue;
        }
        nonEmpty++;
        conditional += Stats.weightedEntropy(n[j], b[j]);
        double share = (double) b[j] / n[j];
        groups.add(
            new GroupEvidence(
                coarse.label(j), n[j], b[j], round4(share), round4(share / baseShare)));
      }
      double base = Stats.weightedEntropy(isBest.length, bestCount);
      double g = 2 * Math.max(0, base - conditional);
      double p = Stats.gTestP(g, nonEmpty - 1);
      int[] all = new int[isBest.length];
      Optional<Search.Found> found = new Search(isBest, all, 1).best(item.fine);
      double pAdjusted = firstP.getOrDefault(item.attribute, 1.0);
      Optional<ConditionEvidence> condition =
          found.map(
              f ->
                  new ConditionEvidence(
                      f.condition().rule(),
                      f.condition().describe(),
                      f.customers(),
                      f.bestCustomers(),
                      round4((double) f.bestCustomers() / f.customers()),
                      round4(f.lift()),
                      round4(f.gain()),
                      pAdjusted));
      boolean separates = found.isPresent() && acceptable(found.get(), pAdjusted);
      return new Marginal(
          groups, Stats.bits(g / 2 / isBest.length), p, condition, found, pAdjusted, separates);
    }

    private boolean acceptable(Search.Found f, double pAdjusted) {
      return pAdjusted <= options.significance()
          && f.lift() >= options.minLift()
          && f.bestCustomers() >= options.minBest();
    }

    /** The forward selection and, per attribute, the round it stopped adding. */
    private record Selection(
        List<Parameter> parameters,
        List<Attribute> chosen,
        Map<Attribute, Integer> lastAcceptableRound,
        Map<Attribute, Double> firstP,
        int rounds) {}

    private Selection select(List<Item> eligible) {
      int[] stratum = new int[isBest.length];
      int strata = 1;
      List<Parameter> parameters = new ArrayList<>();
      List<Attribute> chosen = new ArrayList<>();
      Set<String> families = new HashSet<>();
      Map<Attribute, Integer> lastAcceptable = new LinkedHashMap<>();
      Map<Attribute, Double> firstP = new LinkedHashMap<>();
      int round = 0;
      for (; round < options.maxParameters(); round++) {
        List<Item> remaining =
            eligible.stream()
                .filter(
                    i -> !chosen.contains(i.attribute) && !families.contains(i.attribute.family()))
                .toList();
        if (remaining.isEmpty()) {
          break;
        }
        Search search = new Search(isBest, stratum, strata);
        List<Optional<Search.Found>> found = new ArrayList<>();
        double[] gains = new double[remaining.size()];
        for (int k = 0; k < remaining.size(); k++) {
          Optional<Search.Found> f = search.best(remaining.get(k).fine);
          found.add(f);
          gains[k] = f.map(Search.Found::score).orElse(0.0);
        }
        double[] p =
            Permutation.adjusted(
                remaining.stream().map(i -> i.fine).toList(),
                gains,
                isBest,
                stratum,
                strata,
                options.permutations(),
                options.seed() + round);
        int pick = -1;
        for (int k = 0; k < remaining.size(); k++) {
          Attribute attribute = remaining.get(k).attribute;
          if (round == 0) {
            firstP.put(attribute, p[k]);
          }
          if (found.get(k).isEmpty() || !acceptable(found.get(k).get(), p[k])) {
            continue;
          }
          lastAcceptable.put(attribute, round);
          if (pick < 0
              || better(
                  attribute,
                  found.get(k).get(),
                  remaining.get(pick).attribute,
                  found.get(pick).orElseThrow())) {
            pick = k;
          }
        }
        if (pick < 0) {
          break;
        }
        Search.Found f = found.get(pick).orElseThrow();
        Attribute pickAttribute = remaining.get(pick).attribute;
        Buckets buckets = remaining.get(pick).fine;
        long customers = 0;
        long bestIn = 0;
        for (int i = 0; i < stratum.length; i++) {
          boolean meets = f.buckets().get(buckets.of[i]);
          stratum[i] = stratum[i] * 2 + (meets ? 1 : 0);
          if (meets) {
            customers++;
            bestIn += isBest[i] ? 1 : 0;
          }
        }
        strata *= 2;
        chosen.add(pickAttribute);
        families.add(pickAttribute.family());
        parameters.add(
            new Parameter(
                pickAttribute.key(),
                pickAttribute.label(),
                f.condition().rule(),
                f.condition().describe(),
                customers,
                bestIn,
                round4((double) bestIn / customers / baseShare),
                round4(f.lift()),
                round4(f.gain()),
                p[pick],
                f.condition()));
      }
      return new Selection(parameters, chosen, lastAcceptable, firstP, round);
    }

    /**
     * More information, less its complexity, wins. Within one family (an SNI code, division and
     * section) the finer level must tell significantly more than the coarser (a likelihood ratio
     * above the 1 % critical value of one degree of freedom), so that codes that happen to hold a
     * few more best customers do not displace their division.
     */
    private boolean better(
        Attribute attributeA, Search.Found a, Attribute attributeB, Search.Found b) {
      if (attributeA.family().equals(attributeB.family())
          && attributeA.detail() != attributeB.detail()) {
        boolean aFiner = attributeA.detail() > attributeB.detail();
        Search.Found finer = aFiner ? a : b;
        Search.Found coarser = aFiner ? b : a;
        double ratio = 2 * (finer.score() - coarser.score()) * Math.log(2) * isBest.length;
        return aFiner == (ratio >= FINER_BY);
      }
      if (Math.abs(a.score() - b.score())
          > 1e-9 * Math.max(Math.abs(a.score()), Math.abs(b.score()))) {
        return a.score() > b.score();
      }
      return a.condition().rule().length() < b.condition().rule().length();
    }

    private record Status(AttributeEvidence.Status status, String reason) {}

    private Status status(
        Attribute attribute, Buckets fine, Marginal m, Selection selection, boolean eligible) {
      if (painAttributes.contains(attribute.key())) {
        return new Status(
            AttributeEvidence.Status.PAIN_PARAMETER,
            "a pain parameter tests it, so it is not a potential parameter too (potential and pain"
                + " are kept apart)");
      }
      if (!eligible) {
        return new Status(
            AttributeEvidence.Status.TOO_FEW_VALUES,
            String.format(
                Locale.ROOT,
                "only %.0f %% of the customers have a value (at least %.0f %% needed)",
                100 * fine.coverage,
                100 * options.minCoverage()));
      }
      int index = selection.chosen.indexOf(attribute);
      if (index >= 0) {
        return new Status(
            AttributeEvidence.Status.PROPOSED,
            "proposed as parameter "
                + (index + 1)
                + ": "
                + selection.parameters.get(index).description());
      }
      if (!m.separates || m.found.isEmpty()) {
        if (m.found.isEmpty()) {
          return new Status(
              AttributeEvidence.Status.NOT_SIGNIFICANT,
              "no value or band has more best customers than expected");
        }
        Search.Found f = m.found.get();
        if (m.pAdjusted > options.significance()) {
          return new Status(
              AttributeEvidence.Status.NOT_SIGNIFICANT,
              String.format(
                  Locale.ROOT,
                  "the difference could be chance (%s, with every attribute and condition tried)",
                  pText(m.pAdjusted)));
        }
        if (f.lift() < options.minLift()) {
          return new Status(
              AttributeEvidence.Status.WEAK,
              String.format(
                  Locale.ROOT,
                  "real but small: the best condition (%s) makes a best customer only %.2f times as"
                      + " likely (at least %.2f needed)",
                  f.condition().describe(),
                  f.lift(),
                  options.minLift()));
        }
        return new Status(
            AttributeEvidence.Status.WEAK,
            "the best condition holds for only "
                + f.bestCustomers()
                + " best customers (at least "
                + options.minBest()
                + " needed)");
      }
      List<String> before = new ArrayList<>();
      for (Attribute c : selection.chosen) {
        if (c.family().equals(attribute.family())) {
          return new Status(
              AttributeEvidence.Status.REPEATS,
              "tells the same as " + c.label() + ", which is proposed");
        }
      }
      Integer last = selection.lastAcceptableRound.get(attribute);
      if (last != null
          && last >= selection.rounds - 1
          && selection.rounds == options.maxParameters()) {
        return new Status(
            AttributeEvidence.Status.NOT_NEEDED,
            "separates the best customers beyond the proposed parameters, but "
                + options.maxParameters()
                + " parameters are enough");
      }
      // Acceptable up to round `last`, so the parameters chosen up to and in that round explain it.
      int upTo = last == null ? 0 : last;
      for (int i = 0; i <= Math.min(upTo, selection.chosen.size() - 1); i++) {
        before.add(selection.chosen.get(i).label());
      }
      return new Status(
          AttributeEvidence.Status.REPEATS,
          String.format(
              Locale.ROOT,
              "separates the best customers on its own (%s, %.1f times as likely), but no more than"
                  + " %s already %s",
              m.found.get().condition().describe(),
              m.found.get().lift(),
              String.join(" and ", before),
              before.size() == 1 ? "does" : "do"));
    }
  }

  static String pText(double p) {
    return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
  }

  static double round4(double x) {
    return Math.round(x * 10_000.0) / 10_000.0;
  }
}
