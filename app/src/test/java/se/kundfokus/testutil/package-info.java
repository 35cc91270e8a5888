/**
 * Shared test helpers: the result of one command line run and its AssertJ assert, and a snapshot of
 * a workspace. The main entry point is {@link se.kundfokus.testutil.CliResultAssert}.
 */
@NullMarked
package se.kundfokus.testutil;

import org.jspecify.annotations.NullMarked;
