package se.kundfokus.model.profile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the best customers differ from the rest in one attribute.
 *
 * @param attribute the attribute's key, as rules name it
 * @param label the attribute in words
 * @param kind number, date, yes/no or category
 * @param coverage the share of customers with a value
 * @param groups the customers per value or band (numbers and dates in bands found from the data),
 *     with how many of them are best customers
 * @param informationGain what knowing the group tells about being a best customer, in bits (0: the
 *     groups have as many best customers as any)
 * @param pValue the chance of groups this different by chance (likelihood-ratio test)
 * @param pValueAdjusted the same, corrected for testing every attribute (Holm)
 * @param bestCondition the condition of this attribute that separates the best customers most
 * @param status whether it is proposed, and if not, why
 * @param reason the status in words
 */
public record AttributeEvidence(
    String attribute,
    String label,
    String kind,
    double coverage,
    List<GroupEvidence> groups,
    double informationGain,
    double pValue,
    double pValueAdjusted,
    Optional<ConditionEvidence> bestCondition,
    Status status,
    String reason) {

  public AttributeEvidence {
    Objects.requireNonNull(attribute, "attribute must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    groups = List.copyOf(groups);
    Objects.requireNonNull(bestCondition, "bestCondition must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** Whether an attribute is proposed as a potential parameter, and if not, why. */
  public enum Status {
    /** One of the proposed parameters. */
    PROPOSED,
    /** It separates the best customers, but no more than the proposed parameters already do. */
    REPEATS,
    /** The difference could well be chance. */
    NOT_SIGNIFICANT,
    /** The difference is real but too small to act on, or concerns too few best customers. */
    WEAK,
    /** A pain parameter tests it; it is not proposed for potential too. */
    PAIN_PARAMETER,
    /** Too few customers have a value. */
    TOO_FEW_VALUES,
    /** So many distinct values that it is an identifier, not a characteristic. */
    TOO_MANY_VALUES,
    /** Separates the best customers, but there were already enough parameters. */
    NOT_NEEDED;

    /** {@code not_significant}, as the JSON writes it. */
    @JsonValue
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
