package se.kundfokus.model.churn;

/** The unit in which recency, age and forecast horizons are measured. */
public enum TimeUnit {
  DAYS(1.0),
  WEEKS(7.0),
  /** An average month of 365.25 / 12 = 30.4375 days. */
  MONTHS(365.25 / 12.0);

  private final double days;

  TimeUnit(double days) {
    this.days = days;
  }

  /** The number of days in one unit. */
  public double days() {
    return days;
  }

  /** A number of days expressed in this unit. */
  public double fromDays(long numberOfDays) {
    return numberOfDays / days;
  }
}
