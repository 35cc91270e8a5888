package se.kundfokus.model.churn;

/** A point of a search over log-parameters and the value of the objective there. */
final class LogPoint {

  private final double[] coordinates;
  private final double value;

  LogPoint(double[] coordinates, double value) {
    this.coordinates = coordinates.clone();
    this.value = value;
  }

  double[] coordinates() {
    return coordinates.clone();
  }

  double value() {
    return value;
  }
}
