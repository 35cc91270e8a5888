package se.kundfokus.model.rule;

import java.util.Objects;
import se.kundfokus.ingest.AttributeKind;

/**
 * An attribute a condition can test.
 *
 * @param key how rules and settings name it: a canonical field ({@code industry_code}, {@code
 *     employees}, …), a derived one ({@code sni_division}, {@code sni_section}, {@code
 *     fact.growth}, …) or the column name of the user's file ({@code Ny inköpschef})
 * @param label how it reads in words, e.g. {@code "SNI division"} or {@code "Ny inköpschef"}
 * @param kind how its values are kept
 * @param origin where its values come from
 * @param family attributes of one family tell the same thing at different detail (an SNI code, its
 *     division and its section); once one of them is chosen the others only repeat it
 * @param detail the level of detail within the family, 0 the coarsest (SNI section 0, division 1,
 *     code 2)
 */
public record Attribute(
    String key, String label, AttributeKind kind, Origin origin, String family, int detail) {

  public Attribute {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(origin, "origin must not be null");
    Objects.requireNonNull(family, "family must not be null");
    if (detail < 0) {
      throw new IllegalArgumentException("detail must not be negative, was " + detail);
    }
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
  }

  /** An attribute that is its own family. */
  public static Attribute of(String key, String label, AttributeKind kind, Origin origin) {
    return new Attribute(key, label, kind, origin, key, 0);
  }

  /** Where an attribute's values come from. */
  public enum Origin {
    /** A field of the register that kundfokus knows (industry, employees, sites, …). */
    REGISTER,
    /** Another column of the user's register, kept as it was. */
    COLUMN,
    /** Derived from a register field, e.g. the SNI division of an SNI code. */
    DERIVED,
    /** A fact of the customer's purchases, e.g. its growth; customers only. */
    FACT
  }
}
