/**
 * The pain model: the customer's degree of need, from 1–3 pain parameters the user declares, each a
 * rule over a column of the register or a fact of the purchases, with a weight and a kind:
 * <i>behov</i> (a need the customer is aware of) or <i>brist</i> (a lack the customer is not yet
 * aware of, which selling can awaken). The main entry point is {@link
 * se.kundfokus.model.pain.PainModel}.
 */
@NullMarked
package se.kundfokus.model.pain;

import org.jspecify.annotations.NullMarked;
