package se.kundfokus.model.churn;

import java.util.Optional;

/**
 * Minimises a {@link LogSpaceObjective} with BFGS (Nocedal &amp; Wright, "Numerical Optimization",
 * 2nd ed., algorithm 6.1, with the initial scaling of their equation 6.20) and a line search for
 * the strong Wolfe conditions, or their approximate form (Hager &amp; Zhang 2005, "A new conjugate
 * gradient method with guaranteed descent and an efficient line search").
 *
 * <p>With tolerance &tau; and value f it has converged when no derivative of f with respect to a
 * log-parameter exceeds &tau; max(1, |f|) in size. Where a line search finds no lower point, the
 * search starts afresh from steepest descent; if that fails too, it has converged when the step's
 * first-order gain is at most &tau; max(1, |f|) (the remaining gain is then below the rounding
 * noise of the value), and failed otherwise. It also fails after {@value #MAX_ITERATIONS}
 * iterations. A failure is for the caller to fall back on Nelder-Mead.
 */
final class Bfgs {

  private static final int MAX_ITERATIONS = 500;

  /** Evaluations of one line search, at most. */
  private static final int MAX_TRIALS = 40;

  /** Sufficient decrease. */
  private static final double C1 = 1e-4;

  /** Curvature: the usual value for quasi-Newton methods. */
  private static final double C2 = 0.9;

  /** The rise in value, relative, that the approximate Wolfe conditions allow. */
  private static final double NOISE = 1e-10;

  /** The largest change of a log-parameter in one iteration: a factor of e<sup>4</sup> = 55. */
  private static final double MAX_STEP = 4.0;

  private Bfgs() {}

  /**
   * The outcome of a search.
   *
   * @param best the best point found
   * @param converged whether the search converged there
   */
  record Outcome(LogPoint best, boolean converged) {}

  /** The minimum, searched from {@code start}. */
  static Outcome minimize(LogSpaceObjective objective, double[] start, double tolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double f = objective.value(x, g);
    if (!Double.isFinite(f)) {
      return new Outcome(new LogPoint(x, f), false);
    }
    double[][] h = identity(n);
    boolean fresh = true;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double enough = tolerance * Math.max(1.0, Math.abs(f));
      if (maxAbs(g) <= enough) {
        return new Outcome(new LogPoint(x, f), true);
      }
      double[] d = descent(h, g);
      double slope = dot(g, d);
      if (!(slope < 0.0)) {
        h = identity(n);
        fresh = true;
        d = descent(h, g);
        slope = dot(g, d);
      }
      double first = fresh ? Math.min(1.0, 1.0 / maxAbs(d)) : 1.0;
      Optional<Trial> found = lineSearch(objective, x, f, d, slope, first);
      if (found.isEmpty()) {
        if (fresh) {
          return new Outcome(new LogPoint(x, f), -slope <= enough);
        }
        h = identity(n);
        fresh = true;
        continue;
      }
      Trial step = found.get();
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = step.alpha * d[i];
        y[i] = step.gradient[i] - g[i];
        x[i] = step.point[i];
      }
      f = step.value;
      g = step.gradient;
      double sy = dot(s, y);
      double yy = dot(y, y);
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * yy)) {
        if (fresh) {
          h = identity(n);
          for (int i = 0; i < n; i++) {
            h[i][i] = sy / yy;
          }
          fresh = false;
        }
        update(h, s, y, sy);
      }
    }
    return new Outcome(new LogPoint(x, f), false);
  }

  /**
   * A step along {@code d} from {@code x} that satisfies the strong Wolfe conditions, or their
   * approximate form; else the lowest step found with a real decrease; empty if there is none.
   *
   * <p>The approximate form (Hager &amp; Zhang 2005) asks, instead of sufficient decrease, that the
   * value rise by no more than {@link #NOISE} &times; max(1, |f|): near the minimum of a sum over a
   * million customers the decrease a step can make is below the rounding noise of the value, while
   * the slope along the step, from the analytic gradient, is still accurate. The brackets are kept
   * by the sign of the slope, as theirs are.
   */
  private static Optional<Trial> lineSearch(
      LogSpaceObjective objective, double[] x, double f0, double[] d, double slope0, double first) {
    double maxAlpha = MAX_STEP / maxAbs(d);
    double noise = NOISE * Math.max(1.0, Math.abs(f0));
    Trial start = new Trial(0.0, x, f0, new double[0], slope0);
    Trial low = start;
    Trial high = start;
    boolean bracketed = false;
    double alpha = Math.min(first, maxAlpha);
    for (int trials = 0; trials < MAX_TRIALS; trials++) {
      if (bracketed) {
        double width = Math.abs(high.alpha - low.alpha);
        if (!(width > 1e-12 * Math.max(low.alpha, high.alpha))) {
          break;
        }
        alpha = interpolate(low, high);
      }
      Trial trial = Trial.at(objective, x, d, alpha);
      boolean decrease = trial.value <= f0 + C1 * alpha * slope0;
      boolean withinNoise = trial.value <= f0 + noise;
      if ((decrease || withinNoise) && Math.abs(trial.slope) <= -C2 * slope0) {
        return Optional.of(trial);
      }
      if (!(trial.slope < 0.0) || !withinNoise) {
        high = trial;
        bracketed = true;
      } else {
        low = trial;
        if (!bracketed) {
          if (alpha >= maxAlpha) {
            return Optional.of(trial);
          }
          alpha = Math.min(2.0 * alpha, maxAlpha);
        }
      }
    }
    return low.alpha > 0.0 && low.value < f0 ? Optional.of(low) : Optional.empty();
  }

  /**
   * The minimiser of the cubic through both ends' values and slopes, kept at least a tenth of the
   * interval from either end; the midpoint where the cubic has none there or an end is not finite.
   */
  private static double interpolate(Trial lo, Trial hi) {
    double a0 = lo.alpha;
    double a1 = hi.alpha;
    double alpha = Double.NaN;
    if (Double.isFinite(hi.value) && Double.isFinite(hi.slope)) {
      double d1 = lo.slope + hi.slope - 3.0 * (lo.value - hi.value) / (a0 - a1);
      double discriminant = d1 * d1 - lo.slope * hi.slope;
      if (discriminant >= 0.0) {
        double d2 = Math.signum(a1 - a0) * Math.sqrt(discriminant);
        alpha = a1 - (a1 - a0) * (hi.slope + d2 - d1) / (hi.slope - lo.slope + 2.0 * d2);
      }
    }
    double margin = 0.1 * Math.abs(a1 - a0);
    if (!(alpha >= Math.min(a0, a1) + margin && alpha <= Math.max(a0, a1) - margin)) {
      alpha = 0.5 * (a0 + a1);
    }
    return alpha;
  }

  /** H &larr; (I - &rho; s y') H (I - &rho; y s') + &rho; s s', &rho; = 1 / s'y. */
  private static void update(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      hy[i] = dot(h[i], y);
    }
    double yhy = dot(y, hy);
    double factor = (sy + yhy) / (sy * sy);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += factor * s[i] * s[j] - (hy[i] * s[j] + s[i] * hy[j]) / sy;
      }
    }
  }

  private static double[] descent(double[][] h, double[] g) {
    double[] d = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      d[i] = -dot(h[i], g);
    }
    return d;
  }

  private static double[][] identity(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1.0;
    }
    return h;
  }

  private static double dot(double[] u, double[] v) {
    double sum = 0.0;
    for (int i = 0; i < u.length; i++) {
      sum += u[i] * v[i];
    }
    return sum;
  }

  private static double maxAbs(double[] v) {
    double max = 0.0;
    for (double value : v) {
      max = Math.max(max, Math.abs(value));
    }
    return max;
  }

  /** One evaluation along the search direction: the step, the point, the value and the slope. */
  private static final class Trial {
    final double alpha;
    final double[] point;
    final double value;
    final double[] gradient;
    final double slope;

    Trial(double alpha, double[] point, double value, double[] gradient, double slope) {
      this.alpha = alpha;
      this.point = point;
      this.value = value;
      this.gradient = gradient;
      this.slope = slope;
    }

    static Trial at(LogSpaceObjective objective, double[] x, double[] d, double alpha) {
      double[] point = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        point[i] = x[i] + alpha * d[i];
      }
      double[] gradient = new double[x.length];
      double value = objective.value(point, gradient);
      double slope = Double.isFinite(value) ? dot(gradient, d) : Double.NaN;
      return new Trial(alpha, point, value, gradient, slope);
    }
  }
}
