package se.kundfokus.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.model.pain.PainKind;
import se.kundfokus.model.potential.PotentialOptions;
import se.kundfokus.model.profile.CharacteristicsOptions;
import se.kundfokus.model.segment.SegmentKey;
import se.kundfokus.model.segment.SegmentLabel;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * Reads the sections of steps 2–4: {@code characteristics}, {@code potential}, {@code pain}, {@code
 * segments} and {@code backtest}. Which attributes the parameters name is checked when the
 * workspace is analysed, since only it knows the columns.
 */
final class ModelSettings {
  private ModelSettings() {}

  static ModelOptions read(Section root) {
    ModelOptions d = new ModelOptions();
    CharacteristicsOptions characteristics =
        characteristics(root.section("characteristics"), d.characteristics());
    Section potential = root.section("potential");
    List<ParameterSpec> parameters = potentialParameters(potential);
    PotentialOptions potentialOptions =
        new PotentialOptions(
            potential.number(
                "benchmark_percentile",
                d.potential().benchmarkPercentile(),
                50,
                95,
                "a percentile from 50 to 95, e.g. 75 for the upper quartile"),
            potential.integer(
                "min_comparable",
                d.potential().minComparable(),
                1,
                100_000,
                "1 or more customers"));
    potential.finish();
    Section pain = root.section("pain");
    List<PainSpec> painSpecs = pain(pain);
    pain.finish();
    SegmentationOptions segments = segments(root.section("segments"), d.segments());
    Section backtest = root.section("backtest");
    int months = backtest.integer("months", d.backtestMonths(), 1, 24, "1 to 24 months");
    backtest.finish();
    return new ModelOptions(
        characteristics, parameters, potentialOptions, painSpecs, segments, months);
  }

  private static CharacteristicsOptions characteristics(Section s, CharacteristicsOptions d) {
    CharacteristicsOptions options =
        s.build(
            () ->
                new CharacteristicsOptions(
                    s.number(
                        "significance",
                        d.significance(),
                        1e-9,
                        1,
                        "a chance between 0 and 1, e.g. 0.01 for 1 %"),
                    s.number("min_lift", d.minLift(), 1, 1e6, "1 or more, e.g. 1.5"),
                    s.integer("min_best", d.minBest(), 1, 1_000_000, "1 or more customers"),
                    s.integer("max_parameters", d.maxParameters(), 1, 3, "1 to 3 parameters"),
                    s.number(
                        "min_coverage", d.minCoverage(), 0, 1, "a share between 0 and 1, e.g. 0.5"),
                    s.integer("max_categories", d.maxCategories(), 2, 100_000, "2 or more values"),
                    s.integer("tree_depth", d.treeDepth(), 1, 3, "1 to 3 levels"),
                    s.integer("min_leaf", d.minLeaf(), 1, 1_000_000, "1 or more customers"),
                    s.integer(
                        "permutations", d.permutations(), 19, 100_000, "19 to 100000 reshufflings"),
                    s.integer(
                        "seed",
                        (int) d.seed(),
                        Integer.MIN_VALUE,
                        Integer.MAX_VALUE,
                        "a whole number")));
    s.finish();
    return options;
  }

  private static List<ParameterSpec> potentialParameters(Section potential) {
    List<Section> items = potential.sections("parameters");
    if (items.size() > 3) {
      throw potential.problem(
          "parameters", "lists " + items.size() + " parameters (1 to 3 allowed)");
    }
    List<ParameterSpec> specs = new ArrayList<>();
    int withPoints = 0;
    for (Section item : items) {
      String attribute =
          item.text("attribute")
              .orElseThrow(
                  () ->
                      item.problem(
                          "attribute",
                          "is missing (expected the attribute, e.g. sni_division, sites or a column"
                              + " of the register)"));
      Optional<String> rule = item.text("rule");
      Optional<Double> points =
          item.text("points").isPresent()
              ? Optional.of(item.number("points", 0, 0, 1e6, "points of 0 or more"))
              : Optional.empty();
      withPoints += points.isPresent() ? 1 : 0;
      item.finish();
      specs.add(new ParameterSpec(attribute, rule, points, item.where()));
    }
    if (withPoints > 0 && withPoints < specs.size()) {
      throw potential.problem(
          "parameters", "gives points to some parameters but not all (give all or none)");
    }
    return specs;
  }

  private static List<PainSpec> pain(Section pain) {
    List<Section> items = pain.sections("parameters");
    if (items.size() > 3) {
      throw pain.problem("parameters", "lists " + items.size() + " parameters (1 to 3 allowed)");
    }
    List<PainSpec> specs = new ArrayList<>();
    for (Section item : items) {
      String attribute =
          item.text("attribute")
              .orElseThrow(
                  () ->
                      item.problem(
                          "attribute",
                          "is missing (expected a column of the register, a register field or a"
                              + " fact such as fact.declining)"));
      String rule =
          item.text("rule")
              .orElseThrow(
                  () -> item.problem("rule", "is missing (expected e.g. = yes, \">= 2\")"));
      String name = item.text("name").orElse(attribute);
      double weight = item.number("weight", 1, 1e-9, 1e6, "a positive weight, e.g. 40");
      PainKind kind;
      try {
        kind = PainKind.parse(item.text("kind").orElse("behov"));
      } catch (IllegalArgumentException e) {
        throw item.problem("kind", String.valueOf(e.getMessage()));
      }
      item.finish();
      specs.add(new PainSpec(name, attribute, rule, weight, kind, item.where()));
    }
    return specs;
  }

  private static SegmentationOptions segments(Section s, SegmentationOptions d) {
    double potential =
        s.number(
            "high_potential_from", d.highPotentialFrom(), 1e-9, 100, "a fit score from 0 to 100");
    double pain =
        s.number("high_pain_from", d.highPainFrom(), 1e-9, 100, "a pain score from 0 to 100");
    Section names = s.section("names");
    Map<SegmentKey, SegmentLabel> labels = new EnumMap<>(SegmentKey.class);
    for (SegmentKey key : SegmentKey.values()) {
      Section one = names.section(key.key());
      SegmentLabel fallback = d.label(key);
      labels.put(
          key,
          new SegmentLabel(
              one.text("name").orElse(fallback.name()),
              one.text("action").orElse(fallback.action())));
      one.finish();
    }
    names.finish();
    s.finish();
    return new SegmentationOptions(potential, pain, labels);
  }
}
