package se.kundfokus.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.analysis.ScoringModel;
import se.kundfokus.model.pain.PainParameter;
import se.kundfokus.model.potential.WeightedParameter;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.Parameter;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.report.Language;

/**
 * The model page's questions: which potential parameters the analysis proposes and why, which it
 * uses, the pain parameters, and how the segments changed when the model was run again with other
 * choices.
 */
final class ModelService {
  /** The facts of purchases a pain rule can test, beside the register's columns. */
  static final List<String> FACTS =
      List.of(
          "fact.declining",
          "fact.leaving",
          "fact.lapsed",
          "fact.growth",
          "fact.stopped_groups",
          "fact.recency_days",
          "fact.orders_12m",
          "fact.revenue_12m",
          "fact.probability_alive");

  private final Results results;
  private final AnalysisService analyses;

  ModelService(Results results, AnalysisService analyses) {
    this.results = results;
    this.analyses = analyses;
  }

  /** {@code GET /api/model}: the model of the latest analysis and the choices for the next. */
  public record ModelView(
      List<Parameter> proposal,
      List<WeightedParameter> parameters,
      List<AttributeEvidence> evidence,
      List<PainParameter> pain,
      List<ParameterSpec> chosenPotential,
      List<PainSpec> chosenPain,
      List<AttributeName> attributes,
      List<SegmentChange> changes) {
    public ModelView {
      proposal = List.copyOf(proposal);
      parameters = List.copyOf(parameters);
      evidence = List.copyOf(evidence);
      pain = List.copyOf(pain);
      chosenPotential = List.copyOf(chosenPotential);
      chosenPain = List.copyOf(chosenPain);
      attributes = List.copyOf(attributes);
      changes = List.copyOf(changes);
    }
  }

  /** An attribute a parameter can test. */
  public record AttributeName(String key, String label) {
    public AttributeName {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(label, "label must not be null");
    }
  }

  /**
   * A segment's customers in the run before and in the latest run.
   *
   * @param before empty when there was no run before (in this server)
   */
  public record SegmentChange(String segment, String name, Optional<Long> before, long after) {
    public SegmentChange {
      Objects.requireNonNull(segment, "segment must not be null");
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(before, "before must not be null");
    }

    public boolean changed() {
      return before.isPresent() && before.get() != after;
    }
  }

  ModelView view(Language language) {
    Results.Run run = results.require();
    AnalysisResult r = run.result();
    ModelChoices choices = analyses.choices();
    return new ModelView(
        r.characteristics().proposal(),
        r.potential().parameters(),
        r.characteristics().attributes(),
        r.pain().parameters(),
        choices.potential(),
        choices.pain(),
        attributes(r),
        changes(r, results.state().previous().map(Results.Run::result), language));
  }

  /** Runs the analysis again with these choices; they stay when it succeeds. */
  JobView rerun(ModelChoices choices) {
    results.require();
    return analyses.start(choices);
  }

  private static List<AttributeName> attributes(AnalysisResult r) {
    Map<String, AttributeName> names = new LinkedHashMap<>();
    for (AttributeEvidence a : r.characteristics().attributes()) {
      names.put(a.attribute(), new AttributeName(a.attribute(), a.label()));
    }
    for (ScoringModel.Term t : r.scoring().attributes()) {
      names.putIfAbsent(t.attribute(), new AttributeName(t.attribute(), t.label()));
    }
    for (String fact : FACTS) {
      names.putIfAbsent(fact, new AttributeName(fact, fact));
    }
    return List.copyOf(names.values());
  }

  static List<SegmentChange> changes(
      AnalysisResult latest, Optional<AnalysisResult> previous, Language language) {
    Lists lists = new Lists(latest, Messages.of(language));
    Map<SegmentKey, Long> before = new EnumMap<>(SegmentKey.class);
    previous.ifPresent(p -> p.segments().forEach(s -> before.put(s.segment(), s.customers())));
    Map<SegmentKey, Long> after = new EnumMap<>(SegmentKey.class);
    latest.segments().forEach(s -> after.put(s.segment(), s.customers()));
    List<SegmentChange> changes = new ArrayList<>();
    for (SegmentKey key : SegmentKey.values()) {
      if (!before.containsKey(key) && !after.containsKey(key)) {
        continue;
      }
      changes.add(
          new SegmentChange(
              key.key(),
              lists.segmentName(key),
              previous.isPresent() ? Optional.of(before.getOrDefault(key, 0L)) : Optional.empty(),
              after.getOrDefault(key, 0L)));
    }
    return changes;
  }
}
