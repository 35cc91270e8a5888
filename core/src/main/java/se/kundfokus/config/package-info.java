/**
 * The settings file, {@code kundfokus.yaml}: every threshold and choice of the analysis, commented,
 * written by {@code kundfokus init}; the defaults work without it. The main entry point is {@link
 * se.kundfokus.config.SettingsFile}.
 */
@NullMarked
package se.kundfokus.config;

import org.jspecify.annotations.NullMarked;
