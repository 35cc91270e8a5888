/**
 * Benchmarks: JMH benchmarks of the churn-model fits on seeded, simulated customer registers of
 * 100,000 and 1,000,000 customers ({@link se.kundfokus.bench.BgNbdFitBenchmark}, {@link
 * se.kundfokus.bench.GammaGammaFitBenchmark}), the import against DuckDB's own {@code read_csv}
 * ({@link se.kundfokus.bench.ImportVsReadCsv}, a main), and, in the package of the code it times,
 * the cross-sell rules ({@code se.kundfokus.analysis.CrossSellBenchmark}). Build and run them with
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -Djacoco.skip=true -pl bench -am package
 * java -jar bench/target/benchmarks.jar -rf json -rff bench/results/jmh.json
 * java -cp bench/target/benchmarks.jar se.kundfokus.bench.ImportVsReadCsv --sales FILE --out FILE
 * </pre>
 *
 * <p>{@code ./mvnw verify} compiles and packages them and runs their tests, never the benchmarks.
 * BENCHMARKS.md has the figures and the exact commands.
 */
@NullMarked
package se.kundfokus.bench;

import org.jspecify.annotations.NullMarked;
