package se.kundfokus.generate;

import java.util.Objects;

/**
 * One article of the sample company's register.
 *
 * @param id the article number, e.g. {@code 16-004}
 * @param name the Swedish description
 * @param group index of the product group in {@link Catalog#groups()}
 * @param listPriceCents list price per unit in öre
 * @param costCents purchase cost per unit in öre
 */
record Article(String id, String name, int group, long listPriceCents, long costCents) {

  Article {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (group < 0 || listPriceCents <= 0 || costCents <= 0) {
      throw new IllegalArgumentException("group and prices must be positive for " + id);
    }
  }
}
