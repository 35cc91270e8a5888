/**
 * Rules over a company's attributes, shared by the potential and the pain model: the attribute
 * values of a customer or prospect ({@link se.kundfokus.model.rule.Profile}), the conditions over
 * them ({@link se.kundfokus.model.rule.Condition}: {@code in 25, 28}, {@code >= 3}, {@code between
 * 50 and 249}, {@code = Ja}, {@code within 6 months}) and how they read in a settings file and in
 * words. The main entry point is {@link se.kundfokus.model.rule.Rules#parse}.
 */
@NullMarked
package se.kundfokus.model.rule;

import org.jspecify.annotations.NullMarked;
