package se.kundfokus.model.rule;

/** One end of a numeric range. */
public record Bound(double value, boolean inclusive) {
  public Bound {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a bound must be finite, was " + value);
    }
  }

  public static Bound atLeast(double value) {
    return new Bound(value, true);
  }

  public static Bound above(double value) {
    return new Bound(value, false);
  }

  public static Bound atMost(double value) {
    return new Bound(value, true);
  }

  public static Bound below(double value) {
    return new Bound(value, false);
  }
}
