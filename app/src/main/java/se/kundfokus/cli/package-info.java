/** The command line. The main entry point is {@link se.kundfokus.cli.Main}. */
@NullMarked
package se.kundfokus.cli;

import org.jspecify.annotations.NullMarked;
