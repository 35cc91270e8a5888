/**
 * JMH benchmarks of the churn-model fits on seeded, simulated customer registers of 100,000 and
 * 1,000,000 customers: {@link se.kundfokus.bench.BgNbdFitBenchmark} and {@link
 * se.kundfokus.bench.GammaGammaFitBenchmark}. Build and run them with
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -Djacoco.skip=true -pl bench -am package
 * java -jar bench/target/benchmarks.jar -rf json -rff bench/results/jmh-churn.json
 * </pre>
 *
 * <p>{@code ./mvnw verify} compiles and packages them and runs their tests, never the benchmarks.
 */
@NullMarked
package se.kundfokus.bench;

import org.jspecify.annotations.NullMarked;
