/**
 * Small read-only queries about one customer for the web pages and the REST API. The main entry
 * point is {@link se.kundfokus.lookup.PurchaseHistory}.
 */
@NullMarked
package se.kundfokus.lookup;

import org.jspecify.annotations.NullMarked;
