package se.kundfokus.analysis;

import java.util.List;
import java.util.Objects;
import se.kundfokus.model.potential.PotentialOptions;
import se.kundfokus.model.profile.CharacteristicsOptions;
import se.kundfokus.model.segment.SegmentationOptions;

/**
 * The choices of steps 2–4 of the method.
 *
 * @param characteristics how the characteristics of the best customers are found
 * @param potentialParameters the potential parameters the user chose; empty: the proposal
 * @param potential how potential in money is measured
 * @param pain the pain parameters; empty: no pain score, segments on potential alone
 * @param segments where the segments divide and what they are called
 * @param backtestMonths how far back the backtest rebuilds the model (1 to 24 months)
 */
public record ModelOptions(
    CharacteristicsOptions characteristics,
    List<ParameterSpec> potentialParameters,
    PotentialOptions potential,
    List<PainSpec> pain,
    SegmentationOptions segments,
    int backtestMonths) {

  public ModelOptions {
    Objects.requireNonNull(characteristics, "characteristics must not be null");
    potentialParameters = List.copyOf(potentialParameters);
    Objects.requireNonNull(potential, "potential must not be null");
    pain = List.copyOf(pain);
    Objects.requireNonNull(segments, "segments must not be null");
    if (potentialParameters.size() > 3) {
      throw new IllegalArgumentException(
          "at most 3 potential parameters, got " + potentialParameters.size());
    }
    if (pain.size() > 3) {
      throw new IllegalArgumentException("at most 3 pain parameters, got " + pain.size());
    }
    if (backtestMonths < 1 || backtestMonths > 24) {
      throw new IllegalArgumentException("backtestMonths must be 1 to 24, was " + backtestMonths);
    }
  }

  /** The proposal, no pain parameters, the default segments, a backtest of 12 months. */
  public ModelOptions() {
    this(
        new CharacteristicsOptions(),
        List.of(),
        new PotentialOptions(),
        List.of(),
        new SegmentationOptions(),
        12);
  }

  public ModelOptions withPain(List<PainSpec> parameters) {
    return new ModelOptions(
        characteristics, potentialParameters, potential, parameters, segments, backtestMonths);
  }

  public ModelOptions withPotentialParameters(List<ParameterSpec> parameters) {
    return new ModelOptions(characteristics, parameters, potential, pain, segments, backtestMonths);
  }

  public ModelOptions withSegments(SegmentationOptions options) {
    return new ModelOptions(
        characteristics, potentialParameters, potential, pain, options, backtestMonths);
  }
}
