package se.kundfokus.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.kundfokus.analysis.AnalysisResult;
import se.kundfokus.analysis.ProspectResult;
import se.kundfokus.analysis.ScoringModel;
import se.kundfokus.model.profile.AttributeEvidence;
import se.kundfokus.model.profile.GroupEvidence;
import se.kundfokus.model.rule.Attribute;

/**
 * Checks a company that is not a customer yet against the latest analysis's model, as {@code
 * kundfokus score --attr} does: its fit, potential, pain and segment, with the reasons.
 */
final class ProspectService {
  private static final int SUGGESTIONS = 30;

  private final Results results;

  ProspectService(Results results) {
    this.results = results;
  }

  /**
   * An attribute the check form asks for: one the model's potential or pain parameters test.
   *
   * @param kind {@code number}, {@code date}, {@code boolean} or {@code category}
   * @param rules the model's rules on it, e.g. {@code in 25, 28 (potential)}
   * @param suggestions values the customers have, for a category
   */
  public record Field(
      String key, String label, String kind, List<String> rules, List<String> suggestions) {
    public Field {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(label, "label must not be null");
      Objects.requireNonNull(kind, "kind must not be null");
      rules = List.copyOf(rules);
      suggestions = List.copyOf(suggestions);
    }
  }

  /** The attributes the model tests, facts of purchases left out (a prospect has none). */
  List<Field> fields() {
    Optional<Results.Run> run = results.latest();
    if (run.isEmpty()) {
      return List.of();
    }
    AnalysisResult r = run.get().result();
    ScoringModel model = r.scoring();
    Map<String, Field> fields = new LinkedHashMap<>();
    for (ScoringModel.Term t : model.potential()) {
      add(fields, r, t, t.rule());
    }
    for (ScoringModel.PainTerm p : model.pain()) {
      add(fields, r, p.attribute(), p.rule());
    }
    return List.copyOf(fields.values());
  }

  private static void add(
      Map<String, Field> fields, AnalysisResult r, ScoringModel.Term t, String rule) {
    if (t.origin() == Attribute.Origin.FACT) {
      return;
    }
    Field known = fields.get(t.attribute());
    List<String> rules = new ArrayList<>(known == null ? List.of() : known.rules());
    rules.add(rule);
    fields.put(
        t.attribute(),
        new Field(
            t.attribute(),
            t.label(),
            t.kind().name().toLowerCase(Locale.ROOT),
            rules,
            suggestions(r, t.attribute())));
  }

  private static List<String> suggestions(AnalysisResult r, String attribute) {
    return r.characteristics().attributes().stream()
        .filter(a -> a.attribute().equals(attribute) && a.kind().equalsIgnoreCase("category"))
        .findFirst()
        .map(AttributeEvidence::groups)
        .orElse(List.of())
        .stream()
        .map(GroupEvidence::value)
        .limit(SUGGESTIONS)
        .toList();
  }

  /**
   * Scores one company from its attributes (by key or label); blank values are left out.
   *
   * @throws IllegalArgumentException naming an attribute or value that cannot be read
   */
  ProspectResult score(Optional<String> name, Map<String, String> attributes) {
    ScoringModel model = results.require().result().scoring();
    Map<String, String> given = new LinkedHashMap<>();
    attributes.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            given.put(k, v.strip());
          }
        });
    Optional<String> shown = name.map(String::strip).filter(n -> !n.isEmpty());
    return model.score("company", shown, model.profileOf("company", given));
  }
}
