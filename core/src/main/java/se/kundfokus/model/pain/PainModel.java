package se.kundfokus.model.pain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kundfokus.model.rule.Profile;

/**
 * The pain parameters and how a company scores on them. Without parameters there is no pain score,
 * and the segmentation rests on potential alone.
 */
public record PainModel(List<PainParameter> parameters) {
  public PainModel {
    parameters = List.copyOf(parameters);
    if (parameters.size() > 3) {
      throw new IllegalArgumentException("at most 3 pain parameters, got " + parameters.size());
    }
  }

  /** No pain parameters. */
  public static PainModel none() {
    return new PainModel(List.of());
  }

  public boolean hasParameters() {
    return !parameters.isEmpty();
  }

  /** The company's pain; empty without parameters. */
  public Optional<PainScore> score(Profile profile, LocalDate asOf) {
    if (parameters.isEmpty()) {
      return Optional.empty();
    }
    double total = parameters.stream().mapToDouble(PainParameter::weight).sum();
    double behov = 0;
    double brist = 0;
    List<String> reasons = new ArrayList<>();
    for (PainParameter p : parameters) {
      Optional<Boolean> test = p.condition().test(profile, asOf);
      double points = 100 * p.weight() / total;
      if (test.orElse(false)) {
        if (p.kind() == PainKind.BEHOV) {
          behov += points;
        } else {
          brist += points;
        }
        reasons.add(
            String.format(
                Locale.ROOT,
                "%s: %s, %s (+%.0f points)",
                p.name(),
                p.description(),
                p.kind().words(),
                points));
      } else if (test.isEmpty()) {
        reasons.add(
            String.format(Locale.ROOT, "%s: not known (0 of %.0f points)", p.name(), points));
      } else {
        reasons.add(String.format(Locale.ROOT, "%s: no (0 of %.0f points)", p.name(), points));
      }
    }
    return Optional.of(new PainScore(round2(behov + brist), round2(behov), round2(brist), reasons));
  }

  private static double round2(double x) {
    return Math.round(x * 100.0) / 100.0;
  }
}
