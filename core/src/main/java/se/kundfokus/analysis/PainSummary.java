package se.kundfokus.analysis;

import java.util.List;
import java.util.Optional;
import se.kundfokus.model.pain.PainParameter;

/**
 * The pain model of a run.
 *
 * @param parameters the pain parameters, with their weights and kinds
 * @param note why there is no pain score, when there are no parameters
 */
public record PainSummary(List<PainParameter> parameters, Optional<String> note) {
  public PainSummary {
    parameters = List.copyOf(parameters);
    java.util.Objects.requireNonNull(note, "note must not be null");
  }
}
