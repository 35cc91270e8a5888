/**
 * Data protection: erasing a customer or prospect and everything derived from it (the GDPR's right
 * to erasure), so that no trace stays in the workspace file or the rejects files. The main entry
 * point is {@link se.kundfokus.privacy.Erasure}.
 */
@NullMarked
package se.kundfokus.privacy;

import org.jspecify.annotations.NullMarked;
