package se.kundfokus.generate;

import java.util.SplittableRandom;

/**
 * The random draws of the generator. Only {@link SplittableRandom#nextLong()} is used, and every
 * distribution is computed here, so the output does not depend on how a JDK implements bounded or
 * Gaussian draws.
 */
final class Rng {

  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * A random for one entity (a customer or a prospect) and one purpose, independent of every other
   * entity, so that a customer's data depends only on the seed and its index.
   */
  static Rng of(long seed, long stream, long index) {
    return new Rng(
        mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + mix(index + 0x632BE59BD9B4E019L))));
  }

  /** The SplitMix64 finalizer. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return (random.nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /** Uniform in [from, to). */
  double uniform(double from, double to) {
    return from + (to - from) * uniform();
  }

  /** Uniform in [0, bound). */
  int below(int bound) {
    return (int) (uniform() * bound);
  }

  boolean chance(double probability) {
    return uniform() < probability;
  }

  /** Standard normal (Box-Muller). */
  double gaussian() {
    double u = 1.0 - uniform();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * uniform());
  }

  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  /** Exponential with the given rate. */
  double exponential(double rate) {
    return -Math.log(1.0 - uniform()) / rate;
  }

  /** Gamma with the given shape and rate (Marsaglia and Tsang). */
  double gamma(double shape, double rate) {
    if (shape < 1.0) {
      return gamma(shape + 1.0, rate) * Math.pow(uniform(), 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = gaussian();
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  double beta(double a, double b) {
    double x = gamma(a, 1.0);
    double y = gamma(b, 1.0);
    return x / (x + y);
  }

  /** Poisson by inversion; for the small means this generator uses. */
  int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = uniform();
    int count = 0;
    while (product > limit) {
      product *= uniform();
      count++;
    }
    return count;
  }

  /** An index drawn with probability proportional to its weight. */
  int weighted(double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double target = uniform() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
