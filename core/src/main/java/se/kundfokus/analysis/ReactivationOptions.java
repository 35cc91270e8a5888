package se.kundfokus.analysis;

/**
 * When a customer has lapsed: no purchase for {@code afterMonths}, but one within {@code
 * withinMonths} before the reference date (older customers are not worth a call).
 */
public record ReactivationOptions(int afterMonths, int withinMonths) {

  public ReactivationOptions {
    if (afterMonths < 1 || withinMonths <= afterMonths) {
      throw new IllegalArgumentException(
          "lapsed customers need 1 <= afterMonths < withinMonths, was "
              + afterMonths
              + " and "
              + withinMonths);
    }
  }

  /** Lapsed after 12 months without a purchase, if bought within 36. */
  public ReactivationOptions() {
    this(12, 36);
  }
}
