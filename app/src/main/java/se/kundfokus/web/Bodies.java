package se.kundfokus.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON bodies the API reads (described in {@code /api/openapi.json}). */
public final class Bodies {
  private Bodies() {}

  /**
   * {@code POST /api/imports}: check or import an upload.
   *
   * @param mode {@code check} (default) or {@code commit}
   * @param keepGoing with {@code commit}: import the good rows, reject the bad ones
   * @param columns columns to take fields from, where detection should not decide
   */
  public record ImportBody(
      String uploadId,
      Optional<String> mode,
      Optional<Boolean> keepGoing,
      Optional<List<ColumnBody>> columns) {
    public ImportBody {
      if (uploadId == null || uploadId.isBlank()) {
        throw new IllegalArgumentException(
            "upload_id is missing (expected the upload_id POST /api/uploads answered)");
      }
      mode = mode == null ? Optional.empty() : mode;
      keepGoing = keepGoing == null ? Optional.empty() : keepGoing;
      columns = columns == null ? Optional.empty() : columns;
      if (mode.isPresent() && !mode.get().equals("check") && !mode.get().equals("commit")) {
        throw new IllegalArgumentException(
            "mode '" + mode.get() + "' is not a mode (expected check or commit)");
      }
    }

    boolean commit() {
      return mode.orElse("check").equals("commit");
    }
  }

  /** A field of a table taken from a column, by its name or its number from 1. */
  public record ColumnBody(String table, String field, String column) {
    public ColumnBody {
      if (table == null || field == null || column == null) {
        throw new IllegalArgumentException(
            "a column choice needs table, field and column (e.g. {\"table\": \"sales\", \"field\":"
                + " \"amount\", \"column\": \"Belopp\"})");
      }
    }
  }

  /** {@code POST /api/prospects/score}: a company's attributes, by key or label. */
  public record ProspectBody(Optional<String> name, Map<String, String> attributes) {
    public ProspectBody {
      name = name == null ? Optional.empty() : name;
      attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
  }

  /**
   * {@code POST /api/model}: the parameters to run the model with; a part left out keeps the
   * current choice, an empty list of potential parameters lets the analysis propose them.
   */
  public record ModelBody(Optional<List<PotentialBody>> potential, Optional<List<PainBody>> pain) {
    public ModelBody {
      potential = potential == null ? Optional.empty() : potential;
      pain = pain == null ? Optional.empty() : pain;
    }
  }

  /** A potential parameter: the attribute, and optionally its rule and points. */
  public record PotentialBody(String attribute, Optional<String> rule, Optional<Double> points) {
    public PotentialBody {
      if (attribute == null || attribute.isBlank()) {
        throw new IllegalArgumentException(
            "a potential parameter needs an attribute (e.g. \"sni_division\")");
      }
      rule = rule == null ? Optional.empty() : rule;
      points = points == null ? Optional.empty() : points;
    }
  }

  /** A pain parameter: its name, attribute, rule, weight and kind (behov or brist). */
  public record PainBody(
      Optional<String> name, String attribute, String rule, double weight, Optional<String> kind) {
    public PainBody {
      if (attribute == null || attribute.isBlank() || rule == null || rule.isBlank()) {
        throw new IllegalArgumentException(
            "a pain parameter needs an attribute and a rule (e.g. \"attribute\": \"Ny"
                + " inköpschef\", \"rule\": \"= yes\")");
      }
      name = name == null ? Optional.empty() : name;
      kind = kind == null ? Optional.empty() : kind;
    }
  }
}
