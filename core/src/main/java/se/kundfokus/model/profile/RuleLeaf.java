package se.kundfokus.model.profile;

import java.util.List;
import java.util.Objects;

/**
 * One leaf of the rule tree: customers who meet every condition on its path.
 *
 * @param conditions the conditions on the path, in words
 * @param description the whole rule in words, e.g. {@code SNI division: 25 or 28 and Sites: 3 or
 *     more → 41 % are best customers (37 of 90) vs 8 % otherwise}
 * @param customers customers in the leaf
 * @param bestCustomers best customers in the leaf
 * @param bestShare their share in the leaf
 * @param bestShareOtherwise their share among all other customers
 */
public record RuleLeaf(
    List<String> conditions,
    String description,
    long customers,
    long bestCustomers,
    double bestShare,
    double bestShareOtherwise) {
  public RuleLeaf {
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(description, "description must not be null");
  }
}
