package se.kundfokus.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;
import se.kundfokus.model.pain.PainKind;

/**
 * Reads the model page's form ({@code potential.N.attribute}, {@code potential.N.rule}, {@code
 * pain.N.name}, {@code pain.N.attribute}, {@code pain.N.rule}, {@code pain.N.weight}, {@code
 * pain.N.kind} for N = 1 to 3) and {@code POST /api/model} into model choices; a row without an
 * attribute is left out. Mistakes are a 400 that names the row.
 */
final class ModelForm {
  static final int ROWS = 3;
  private static final String PAGE = "the model page";

  private ModelForm() {}

  static ModelChoices of(Function<String, @Nullable String> field) {
    List<ParameterSpec> potential = new ArrayList<>();
    List<PainSpec> pain = new ArrayList<>();
    for (int row = 1; row <= ROWS; row++) {
      Optional<String> attribute = text(field.apply("potential." + row + ".attribute"));
      if (attribute.isPresent()) {
        potential.add(
            new ParameterSpec(
                attribute.get(),
                text(field.apply("potential." + row + ".rule")),
                Optional.empty(),
                PAGE + ", potential parameter " + row));
      }
      Optional<String> painAttribute = text(field.apply("pain." + row + ".attribute"));
      if (painAttribute.isPresent()) {
        String where = PAGE + ", pain parameter " + row;
        pain.add(
            pain(
                where,
                text(field.apply("pain." + row + ".name")),
                painAttribute.get(),
                text(field.apply("pain." + row + ".rule")),
                text(field.apply("pain." + row + ".weight")),
                text(field.apply("pain." + row + ".kind"))));
      }
    }
    return new ModelChoices(potential, pain);
  }

  static ModelChoices of(Bodies.ModelBody body, ModelChoices current) {
    List<ParameterSpec> potential = current.potential();
    if (body.potential().isPresent()) {
      potential = new ArrayList<>();
      int row = 0;
      for (Bodies.PotentialBody p : body.potential().get()) {
        row++;
        potential.add(
            new ParameterSpec(p.attribute(), p.rule(), p.points(), "potential parameter " + row));
      }
    }
    List<PainSpec> pain = current.pain();
    if (body.pain().isPresent()) {
      pain = new ArrayList<>();
      int row = 0;
      for (Bodies.PainBody p : body.pain().get()) {
        row++;
        String where = "pain parameter " + row;
        pain.add(
            pain(
                where,
                p.name(),
                p.attribute(),
                Optional.of(p.rule()),
                Optional.of(Double.toString(p.weight())),
                p.kind()));
      }
    }
    try {
      return new ModelChoices(potential, pain);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(AnalysisService.message(e));
    }
  }

  private static PainSpec pain(
      String where,
      Optional<String> name,
      String attribute,
      Optional<String> rule,
      Optional<String> weight,
      Optional<String> kind) {
    if (rule.isEmpty()) {
      throw HttpProblem.badRequest(
          where + ": a rule is missing (expected e.g. = yes, >= 2, within 6 months)");
    }
    double value = weight.map(w -> number(where, w)).orElse(1.0);
    if (!(value > 0) || !Double.isFinite(value)) {
      throw HttpProblem.badRequest(
          where + ": the weight must be a positive number, was " + weight.orElse(""));
    }
    PainKind painKind;
    try {
      painKind = PainKind.parse(kind.orElse("behov"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(where + ": " + e.getMessage());
    }
    return new PainSpec(name.orElse(attribute), attribute, rule.get(), value, painKind, where);
  }

  private static double number(String where, String text) {
    try {
      return Double.parseDouble(text.replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(
          where + ": the weight '" + text + "' is not a number (expected e.g. 40)");
    }
  }

  private static Optional<String> text(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** How a kind reads in a form's select. */
  static String kind(PainKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
