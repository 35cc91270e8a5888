package se.kundfokus.spark;

import java.lang.reflect.InaccessibleObjectException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts the Spark session of a command-line run. */
final class SparkSessions {
  /** The master where neither {@code --master} nor {@code spark-submit} names one. */
  static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * A session and whether this run started it (and so stops it): under {@code spark-submit} or in a
   * program with its own session, that one is used and left running.
   */
  record Started(SparkSession session, boolean owned) {
    Started {
      Objects.requireNonNull(session, "session must not be null");
    }
  }

  /**
   * The settings of a run: those of {@code spark-submit} and {@code -Dspark.…} system properties
   * win, except the master where one is given. The web UI is off unless asked for; a local master
   * binds to 127.0.0.1 only.
   */
  static SparkConf conf(Optional<String> master) {
    SparkConf conf = new SparkConf();
    master.ifPresent(conf::setMaster);
    conf.setIfMissing("spark.master", DEFAULT_MASTER);
    conf.setIfMissing("spark.app.name", "kundfokus");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  static Started start(Optional<String> master) {
    SparkConf conf = conf(master);
    boolean existed = SparkSession.getDefaultSession().isDefined();
    try {
      return new Started(SparkSession.builder().config(conf).getOrCreate(), !existed);
    } catch (IllegalAccessError | InaccessibleObjectException e) {
      throw new IllegalStateException(
          "Spark cannot start in this Java without the JVM options it needs: run java -jar"
              + " kundfokus-spark.jar (its manifest opens them) or pass the --add-opens options of"
              + " the README's Spark section",
          e);
    } catch (Exception e) {
      String reason = SparkEngine.firstLine(e);
      if (reason.contains("Master URL")) {
        throw new IllegalArgumentException(
            "--master "
                + conf.get("spark.master")
                + " is not a Spark master (expected local, local[N], local[*], spark://HOST:PORT,"
                + " yarn or k8s://…): "
                + reason,
            e);
      }
      throw new IllegalStateException(
          "cannot start Spark with master " + conf.get("spark.master") + ": " + reason, e);
    }
  }
}
