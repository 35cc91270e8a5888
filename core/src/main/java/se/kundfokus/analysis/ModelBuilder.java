package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.model.pain.PainModel;
import se.kundfokus.model.pain.PainParameter;
import se.kundfokus.model.pain.PainScore;
import se.kundfokus.model.potential.ParameterChoice;
import se.kundfokus.model.potential.PotentialModel;
import se.kundfokus.model.potential.PotentialScore;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.Characteristics;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Condition;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Rules;
import se.kundfokus.model.segment.Placement;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.Segmentation;

/**
 * Steps 2–4 of the method over the facts of step 1: what characterises the best customers, the
 * potential and pain models, and every customer's and prospect's segment with its reasons.
 */
final class ModelBuilder {

  /** What the models give. */
  record Built(
      Characteristics characteristics,
      PotentialModel potential,
      PainModel painModel,
      PainSummary pain,
      List<CustomerResult> customers,
      List<ProspectResult> prospects,
      List<SegmentSummary> segments,
      ScoringModel scoring) {}

  private final SqlEngine engine;
  private final LocalDate asOf;
  private final ModelOptions options;

  ModelBuilder(SqlEngine engine, LocalDate asOf, ModelOptions options) {
    this.engine = engine;
    this.asOf = asOf;
    this.options = options;
  }

  Built build(
      List<CustomerFacts> facts,
      List<BestCustomer> ranked,
      List<String> cohort,
      ChurnPredictions churn,
      Outflow outflow,
      List<LapsedCustomer> lapsed) {
    Profiles customers = Profiles.customers(engine);
    List<Profile> active =
        ranked.stream()
            .map(b -> customers.of(b.customerId()).orElse(new Profile(b.customerId(), Map.of())))
            .toList();
    Set<String> best = Set.copyOf(cohort);
    Set<String> painAttributes = new java.util.HashSet<>();
    List<Attribute> painCandidates = new ArrayList<>(customers.attributes());
    painCandidates.addAll(FactAttributes.ALL);
    for (PainSpec spec : options.pain()) {
      painAttributes.add(attribute(spec.attribute(), painCandidates, spec.where()).key());
    }
    Characteristics characteristics =
        Characteristics.find(
            customers.attributes(), active, best, asOf, options.characteristics(), painAttributes);

    Map<String, Double> revenue = new HashMap<>();
    facts.forEach(f -> revenue.put(f.customerId(), f.revenue12m()));
    boolean chosen = !options.potentialParameters().isEmpty();
    List<ParameterChoice> choices =
        chosen
            ? options.potentialParameters().stream()
                .map(spec -> choice(spec, customers, characteristics))
                .toList()
            : characteristics.proposal().stream()
                .map(p -> new ParameterChoice(p.condition(), Optional.empty()))
                .toList();
    PotentialModel potential =
        PotentialModel.fit(
            choices,
            active,
            revenue,
            best,
            asOf,
            options.potential(),
            chosen ? "settings" : "proposal");

    Profiles withFacts =
        customers.with(FactAttributes.ALL, FactAttributes.values(facts, outflow, lapsed, churn));
    PainModel pain = painModel(withFacts);
    Segmentation segmentation = new Segmentation(options.segments());

    List<CustomerResult> results = new ArrayList<>(facts.size());
    for (CustomerFacts f : facts) {
      Profile profile = withFacts.of(f.customerId()).orElse(new Profile(f.customerId(), Map.of()));
      results.add(customer(f, profile, potential, pain, segmentation, churn));
    }
    List<ProspectResult> prospects = prospects(potential, pain, segmentation);
    return new Built(
        characteristics,
        potential,
        pain,
        new PainSummary(
            pain.parameters(),
            pain.hasParameters()
                ? Optional.empty()
                : Optional.of(
                    "no pain parameters are set, so the segments rest on potential alone (set"
                        + " pain.parameters in the settings)")),
        results,
        prospects,
        segments(results, prospects, segmentation),
        ScoringModel.of(asOf, customers.attributes(), potential, pain, options.segments()));
  }

  private CustomerResult customer(
      CustomerFacts f,
      Profile profile,
      PotentialModel potential,
      PainModel pain,
      Segmentation segmentation,
      ChurnPredictions churn) {
    Optional<PotentialScore> fit =
        potential.hasParameters()
            ? Optional.of(potential.score(profile, Optional.of(f.revenue12m()), asOf))
            : Optional.empty();
    Optional<PainScore> painScore = pain.score(profile, asOf);
    Placement placement =
        segmentation.place(fit.map(PotentialScore::fit), painScore.map(PainScore::score));
    return new CustomerResult(
        f.customerId(),
        f.name(),
        placement.segment(),
        placement.name(),
        fit.map(PotentialScore::fit),
        fit.map(PotentialScore::potential),
        painScore.map(PainScore::score),
        churn.of(f.customerId()).map(p -> Analyzer.round4(p.probabilityAlive())),
        new Reasons(
            placement.reason(),
            fit.map(PotentialScore::reasons).orElse(List.of()),
            painScore.map(PainScore::reasons).orElse(List.of())),
        f);
  }

  private List<ProspectResult> prospects(
      PotentialModel potential, PainModel pain, Segmentation segmentation) {
    Profiles profiles = Profiles.prospects(engine);
    List<String[]> names =
        engine.query(
            "analysis/prospect_names.sql",
            List.of(),
            row -> new String[] {row.string("id"), row.optionalString("name").orElse("")});
    List<ProspectResult> unranked = new ArrayList<>();
    for (String[] prospect : names) {
      String id = prospect[0];
      Profile profile = profiles.of(id).orElse(new Profile(id, Map.of()));
      Optional<PotentialScore> fit =
          potential.hasParameters()
              ? Optional.of(potential.score(profile, Optional.empty(), asOf))
              : Optional.empty();
      Optional<PainScore> painScore = pain.score(profile, asOf);
      Placement placement =
          segmentation.place(fit.map(PotentialScore::fit), painScore.map(PainScore::score));
      unranked.add(
          new ProspectResult(
              0,
              id,
              Optional.of(prospect[1]).filter(n -> !n.isBlank()),
              placement.segment(),
              placement.name(),
              fit.map(PotentialScore::fit),
              fit.map(PotentialScore::potential),
              painScore.map(PainScore::score),
              new Reasons(
                  placement.reason(),
                  fit.map(PotentialScore::reasons).orElse(List.of()),
                  painScore.map(PainScore::reasons).orElse(List.of()))));
    }
    return rank(unranked);
  }

  /** Best fit first, then the larger potential, then pain, then id. */
  static List<ProspectResult> rank(List<ProspectResult> prospects) {
    List<ProspectResult> sorted = new ArrayList<>(prospects);
    sorted.sort(
        Comparator.comparingDouble((ProspectResult p) -> -p.fit().orElse(0.0))
            .thenComparingDouble(p -> -p.potential().orElse(0.0))
            .thenComparingDouble(p -> -p.pain().orElse(0.0))
            .thenComparing(ProspectResult::prospectId));
    List<ProspectResult> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ProspectResult p = sorted.get(i);
      ranked.add(
          new ProspectResult(
              i + 1,
              p.prospectId(),
              p.name(),
              p.segment(),
              p.segmentName(),
              p.fit(),
              p.potential(),
              p.pain(),
              p.reasons()));
    }
    return ranked;
  }

  private static List<SegmentSummary> segments(
      List<CustomerResult> customers, List<ProspectResult> prospects, Segmentation segmentation) {
    Map<SegmentKey, long[]> counts = new EnumMap<>(SegmentKey.class);
    Map<SegmentKey, double[]> money = new EnumMap<>(SegmentKey.class);
    for (CustomerResult c : customers) {
      counts.computeIfAbsent(c.segment(), k -> new long[2])[0]++;
      double[] m = money.computeIfAbsent(c.segment(), k -> new double[2]);
      m[0] += c.facts().revenue12m();
      m[1] += c.potential().orElse(0.0);
    }
    for (ProspectResult p : prospects) {
      counts.computeIfAbsent(p.segment(), k -> new long[2])[1]++;
      money.computeIfAbsent(p.segment(), k -> new double[2]);
    }
    List<SegmentSummary> summaries = new ArrayList<>();
    for (SegmentKey key : SegmentKey.values()) {
      long[] c = counts.getOrDefault(key, new long[2]);
      double[] m = money.getOrDefault(key, new double[2]);
      if (key == SegmentKey.NOT_SEGMENTED && c[0] + c[1] == 0) {
        continue;
      }
      var label = segmentation.options().label(key);
      summaries.add(
          new SegmentSummary(
              key,
              label.name(),
              label.action(),
              c[0],
              Analyzer.round(m[0]),
              Analyzer.round(m[1]),
              c[1]));
    }
    return summaries;
  }

  private ParameterChoice choice(
      ParameterSpec spec, Profiles customers, Characteristics characteristics) {
    Attribute attribute = attribute(spec.attribute(), customers.attributes(), spec.where());
    Condition condition;
    if (spec.rule().isPresent()) {
      condition = parse(attribute, spec.rule().get(), spec.where());
    } else {
      String rule =
          characteristics.attributes().stream()
              .filter(e -> e.attribute().equals(attribute.key()))
              .findFirst()
              .flatMap(AttributeEvidence::bestCondition)
              .map(c -> c.rule())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          spec.where()
                              + ": "
                              + attribute.label()
                              + " has no condition that holds more best customers than expected;"
                              + " give it a rule"));
      condition = parse(attribute, rule, spec.where());
    }
    return new ParameterChoice(condition, spec.points());
  }

  private PainModel painModel(Profiles withFacts) {
    List<PainParameter> parameters = new ArrayList<>();
    for (PainSpec spec : options.pain()) {
      Attribute attribute = attribute(spec.attribute(), withFacts.attributes(), spec.where());
      Condition condition = parse(attribute, spec.rule(), spec.where());
      parameters.add(
          new PainParameter(
              spec.name(),
              attribute.key(),
              condition.rule(),
              condition.describe(),
              spec.weight(),
              spec.kind(),
              condition));
    }
    return new PainModel(parameters);
  }

  /** The attribute a setting names, by key or label, ignoring case. */
  static Attribute attribute(String name, List<Attribute> attributes, String where) {
    String wanted = name.strip();
    for (Attribute a : attributes) {
      if (a.key().equalsIgnoreCase(wanted) || a.label().equalsIgnoreCase(wanted)) {
        return a;
      }
    }
    List<String> known = attributes.stream().map(Attribute::key).toList();
    throw new IllegalArgumentException(
        where
            + ": '"
            + wanted
            + "' is not an attribute of the customers (expected one of "
            + String.join(", ", known)
            + ")");
  }

  private static Condition parse(Attribute attribute, String rule, String where) {
    try {
      return Rules.parse(attribute, rule);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}
