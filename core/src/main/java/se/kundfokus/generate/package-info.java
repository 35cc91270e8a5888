/**
 * The sample company generator: a realistic Swedish B2B wholesaler's customer register, invoice
 * lines, articles and prospects, with planted and documented ground truth for demos, tests and
 * benchmarks. The main entry point is {@link se.kundfokus.generate.SampleCompany}.
 */
@NullMarked
package se.kundfokus.generate;

import org.jspecify.annotations.NullMarked;
