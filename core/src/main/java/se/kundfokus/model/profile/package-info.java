/**
 * What makes a best customer: for every attribute of the register, how the best customers differ
 * from the rest (over-representation with counts, bands of numbers, information gain, a test
 * corrected for testing many attributes), the proposal of the 1–3 conditions that together explain
 * the most, and a shallow rule tree. The main entry point is {@link
 * se.kundfokus.model.profile.Characteristics#find}.
 */
@NullMarked
package se.kundfokus.model.profile;

import org.jspecify.annotations.NullMarked;
