package se.kundfokus.spark;

import se.kundfokus.engine.EngineProvider;
import se.kundfokus.engine.EngineRequest;
import se.kundfokus.engine.SqlEngine;

/**
 * {@code --engine spark}: found by {@link java.util.ServiceLoader} through {@code
 * META-INF/services/se.kundfokus.engine.EngineProvider}, in kundfokus-spark.jar only.
 */
public final class SparkEngineProvider implements EngineProvider {
  /** The name on the command line. */
  public static final String NAME = "spark";

  /** For {@link java.util.ServiceLoader}. */
  public SparkEngineProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SqlEngine open(EngineRequest request) {
    return SparkEngine.open(request);
  }
}
