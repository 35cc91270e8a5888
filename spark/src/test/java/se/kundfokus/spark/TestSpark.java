package se.kundfokus.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a test class: local[2], no web UI, bound to 127.0.0.1, few shuffle
 * partitions for small data. Start it in {@code @BeforeAll}, stop it in {@code @AfterAll}.
 */
final class TestSpark {
  private TestSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .config(SparkSessions.conf(Optional.of("local[2]")))
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate();
  }
}
