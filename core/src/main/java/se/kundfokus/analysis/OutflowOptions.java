package se.kundfokus.analysis;

/**
 * When a customer counts as leaving or declining, and when a product group has stopped.
 *
 * @param leavingBelow a customer who has not lapsed yet is leaving when the churn model gives it
 *     less than this probability of still being a customer (0.5: less than an even chance)
 * @param declineShare a customer is declining when the last 12 months' revenue is at least this
 *     share below the 12 months before (0.3: a drop of 30 % or more), while still buying
 * @param stoppedGroupMonths a product group has stopped when not bought for this many months, while
 *     the customer still buys other groups
 */
public record OutflowOptions(double leavingBelow, double declineShare, int stoppedGroupMonths) {

  public OutflowOptions {
    if (!(leavingBelow > 0 && leavingBelow < 1)) {
      throw new IllegalArgumentException(
          "leavingBelow must be between 0 and 1, was " + leavingBelow);
    }
    if (!(declineShare > 0 && declineShare < 1)) {
      throw new IllegalArgumentException(
          "declineShare must be between 0 and 1, was " + declineShare);
    }
    if (stoppedGroupMonths < 1 || stoppedGroupMonths > 12) {
      throw new IllegalArgumentException(
          "stoppedGroupMonths must be 1 to 12, was " + stoppedGroupMonths);
    }
  }

  /** Leaving below 50 % alive, declining by 30 % or more, a group stopped after 6 months. */
  public OutflowOptions() {
    this(0.5, 0.3, 6);
  }
}
