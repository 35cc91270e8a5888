package se.kundfokus.web;

import java.util.List;
import se.kundfokus.analysis.AnalysisOptions;
import se.kundfokus.analysis.ModelOptions;
import se.kundfokus.analysis.PainSpec;
import se.kundfokus.analysis.ParameterSpec;

/**
 * The potential and pain parameters the analysis uses: at first those of the settings, then what
 * the user chose on the model page.
 *
 * @param potential the chosen potential parameters; empty: the analysis proposes them
 * @param pain the pain parameters; empty: none, the segments rest on potential alone
 */
record ModelChoices(List<ParameterSpec> potential, List<PainSpec> pain) {
  ModelChoices {
    potential = List.copyOf(potential);
    pain = List.copyOf(pain);
    new ModelOptions().withPotentialParameters(potential).withPain(pain);
  }

  static ModelChoices of(AnalysisOptions options) {
    return new ModelChoices(options.model().potentialParameters(), options.model().pain());
  }

  /** The options with these choices. */
  AnalysisOptions applyTo(AnalysisOptions options) {
    ModelOptions model = options.model().withPotentialParameters(potential).withPain(pain);
    return options.withModel(model);
  }
}
