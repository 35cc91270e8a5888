package se.kundfokus.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.ingest.AttributeKind;
import se.kundfokus.model.pain.PainKind;
import se.kundfokus.model.pain.PainModel;
import se.kundfokus.model.pain.PainParameter;
import se.kundfokus.model.pain.PainScore;
import se.kundfokus.model.potential.Cell;
import se.kundfokus.model.potential.PotentialModel;
import se.kundfokus.model.potential.PotentialOptions;
import se.kundfokus.model.potential.PotentialScore;
import se.kundfokus.model.potential.WeightedParameter;
import se.kundfokus.model.rule.Attribute;
import se.kundfokus.model.rule.Condition;
import se.kundfokus.model.rule.Profile;
import se.kundfokus.model.rule.Rules;
import se.kundfokus.model.rule.Value;
import se.kundfokus.model.segment.Placement;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentLabel;
import se.kundfokus.model.segment.Segmentation;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * What it takes to score a company without the data: the potential parameters with their points and
 * what comparable customers buy, the pain parameters and the segments. Stored with each run, so
 * that {@code kundfokus score} places new companies exactly as the last analysis would.
 *
 * @param asOf the reference date of the run
 * @param attributes every attribute of the customer register, so that a company's values can be
 *     read by their type
 */
public record ScoringModel(
    LocalDate asOf,
    List<Term> attributes,
    List<Term> potential,
    List<Cell> cells,
    Cell everyone,
    PotentialOptions potentialOptions,
    String source,
    List<PainTerm> pain,
    double highPotentialFrom,
    double highPainFrom,
    Map<SegmentKey, SegmentLabel> labels) {

  public ScoringModel {
    Objects.requireNonNull(asOf, "asOf must not be null");
    attributes = List.copyOf(attributes);
    potential = List.copyOf(potential);
    cells = List.copyOf(cells);
    Objects.requireNonNull(everyone, "everyone must not be null");
    Objects.requireNonNull(potentialOptions, "potentialOptions must not be null");
    Objects.requireNonNull(source, "source must not be null");
    pain = List.copyOf(pain);
    labels = Map.copyOf(labels);
  }

  /** An attribute with a rule and its points (the rule and points are empty for a plain one). */
  public record Term(
      String attribute,
      String label,
      AttributeKind kind,
      Attribute.Origin origin,
      String rule,
      double points) {
    public Term {
      Objects.requireNonNull(attribute, "attribute must not be null");
      Objects.requireNonNull(label, "label must not be null");
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(origin, "origin must not be null");
      Objects.requireNonNull(rule, "rule must not be null");
    }

    Attribute toAttribute() {
      return Attribute.of(attribute, label, kind, origin);
    }
  }

  /** A pain parameter. */
  public record PainTerm(String name, Term attribute, String rule, double weight, PainKind kind) {
    public PainTerm {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(attribute, "attribute must not be null");
      Objects.requireNonNull(rule, "rule must not be null");
      Objects.requireNonNull(kind, "kind must not be null");
    }
  }

  /** The scoring model of a run's models. */
  static ScoringModel of(
      LocalDate asOf,
      List<Attribute> attributes,
      PotentialModel potentialModel,
      PainModel painModel,
      SegmentationOptions segments) {
    List<Term> register = new ArrayList<>();
    for (Attribute a : attributes) {
      register.add(new Term(a.key(), a.label(), a.kind(), a.origin(), "", 0));
    }
    List<Term> potential = new ArrayList<>();
    for (WeightedParameter p : potentialModel.parameters()) {
      Attribute a = p.condition().attribute();
      potential.add(new Term(a.key(), a.label(), a.kind(), a.origin(), p.rule(), p.points()));
    }
    List<PainTerm> pain = new ArrayList<>();
    for (PainParameter p : painModel.parameters()) {
      Attribute a = p.condition().attribute();
      pain.add(
          new PainTerm(
              p.name(),
              new Term(a.key(), a.label(), a.kind(), a.origin(), "", 0),
              p.rule(),
              p.weight(),
              p.kind()));
    }
    return new ScoringModel(
        asOf,
        register,
        potential,
        potentialModel.cells(),
        potentialModel.everyone(),
        potentialModel.options(),
        potentialModel.source(),
        pain,
        segments.highPotentialFrom(),
        segments.highPainFrom(),
        segments.labels());
  }

  /** The potential model again, its conditions read from their rules. */
  public PotentialModel potentialModel() {
    List<WeightedParameter> parameters = new ArrayList<>();
    for (Term t : potential) {
      Condition condition = Rules.parse(t.toAttribute(), t.rule());
      parameters.add(
          new WeightedParameter(
              t.attribute(),
              t.label(),
              condition.rule(),
              condition.describe(),
              0,
              t.points(),
              condition));
    }
    return new PotentialModel(parameters, cells, everyone, potentialOptions, source);
  }

  public PainModel painModel() {
    List<PainParameter> parameters = new ArrayList<>();
    for (PainTerm t : pain) {
      Condition condition = Rules.parse(t.attribute().toAttribute(), t.rule());
      parameters.add(
          new PainParameter(
              t.name(),
              t.attribute().attribute(),
              condition.rule(),
              condition.describe(),
              t.weight(),
              t.kind(),
              condition));
    }
    return new PainModel(parameters);
  }

  public Segmentation segmentation() {
    return new Segmentation(new SegmentationOptions(highPotentialFrom, highPainFrom, labels));
  }

  /** The register's attributes, by key. */
  public List<Attribute> registerAttributes() {
    return attributes.stream().map(Term::toAttribute).toList();
  }

  /** Scores one company that is not a customer. */
  public ProspectResult score(String id, Optional<String> name, Profile profile) {
    PotentialModel model = potentialModel();
    PainModel painModel = painModel();
    Optional<PotentialScore> fit =
        model.hasParameters()
            ? Optional.of(model.score(profile, Optional.empty(), asOf))
            : Optional.empty();
    Optional<PainScore> painScore = painModel.score(profile, asOf);
    Placement placement =
        segmentation().place(fit.map(PotentialScore::fit), painScore.map(PainScore::score));
    return new ProspectResult(
        0,
        id,
        name,
        placement.segment(),
        placement.name(),
        fit.map(PotentialScore::fit),
        fit.map(PotentialScore::potential),
        painScore.map(PainScore::score),
        new Reasons(
            placement.reason(),
            fit.map(PotentialScore::reasons).orElse(List.of()),
            painScore.map(PainScore::reasons).orElse(List.of())));
  }

  /** Scores every prospect in an engine's {@code prospects} table, best first. */
  public List<ProspectResult> scoreProspects(se.kundfokus.engine.SqlEngine engine) {
    Profiles profiles = Profiles.prospects(engine);
    List<ProspectResult> scored = new ArrayList<>();
    engine.query(
        "analysis/prospect_names.sql",
        List.of(),
        row -> {
          String id = row.string("id");
          scored.add(
              score(
                  id,
                  row.optionalString("name").filter(n -> !n.isBlank()),
                  profiles.of(id).orElse(new Profile(id, Map.of()))));
          return id;
        });
    return rank(scored);
  }

  /** Ranks scored companies: best fit first, then potential, pain and id. */
  public static List<ProspectResult> rank(List<ProspectResult> prospects) {
    return ModelBuilder.rank(prospects);
  }

  /**
   * A company's profile from {@code attribute=value} pairs, as {@code score --attr} gives them: the
   * attribute by key or label, the value read by its type; the SNI division and section follow from
   * an SNI code.
   *
   * @throws IllegalArgumentException naming the attribute or value that cannot be read
   */
  public Profile profileOf(String id, Map<String, String> values) {
    List<Attribute> known = registerAttributes();
    Map<String, Value> read = new HashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      Attribute attribute = ModelBuilder.attribute(e.getKey(), known, "--attr " + e.getKey());
      read.put(attribute.key(), Values.read(attribute, e.getValue()));
    }
    Value code = read.get("industry_code");
    if (code != null) {
      Sni.division(code.display())
          .ifPresent(d -> read.putIfAbsent("sni_division", new Value.Text(d)));
      Sni.section(code.display())
          .ifPresent(s -> read.putIfAbsent("sni_section", new Value.Text(s)));
    }
    return new Profile(id, read);
  }
}
