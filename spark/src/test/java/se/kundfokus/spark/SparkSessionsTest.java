package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kundfokus.engine.EngineProvider;
import se.kundfokus.engine.EngineRequest;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.store.Workspace;

/** The command line's own sessions: started, and stopped again, by the engine. */
class SparkSessionsTest {
  @TempDir Path dir;

  @Test
  void keepsALocalRunOnThisMachine() {
    SparkConf local = SparkSessions.conf(Optional.empty());
    assertThat(local.get("spark.master")).isEqualTo("local[*]");
    assertThat(local.get("spark.ui.enabled")).isEqualTo("false");
    assertThat(local.get("spark.driver.host")).isEqualTo("127.0.0.1");
    assertThat(local.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
    SparkConf cluster = SparkSessions.conf(Optional.of("spark://spark-master:7077"));
    assertThat(cluster.get("spark.master")).isEqualTo("spark://spark-master:7077");
    assertThat(cluster.contains("spark.driver.host")).isFalse();
  }

  @Test
  void theProviderStartsSparkOverTheWorkspaceAndStopsIt() {
    Path file = dir.resolve("ws.duckdb");
    Workspace.open(file).close();
    EngineProvider provider = EngineProvider.named("spark").orElseThrow();
    assertThat(EngineProvider.available()).contains("spark");
    assertThat(SparkSession.getDefaultSession().isDefined()).isFalse();
    Path export;
    try (SqlEngine engine =
        provider.open(new EngineRequest(Optional.of("local[1]"), Optional.empty(), file))) {
      assertThat(engine.counts().salesLines()).isZero();
      assertThat(engine.source()).isEqualTo("workspace " + file + " (Spark, local[1])");
      export = ((SparkEngine) engine).exportFolder().orElseThrow();
    }
    assertThat(SparkSession.getDefaultSession().isDefined()).isFalse();
    assertThat(export).doesNotExist();
  }

  @Test
  void aWrongMasterIsAUsageError() {
    assertThatThrownBy(() -> SparkSessions.start(Optional.of("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "--master nowhere is not a Spark master (expected local, local[N], local[*],"
                + " spark://HOST:PORT, yarn or k8s://…): ");
    assertThat(SparkSession.getDefaultSession().isDefined()).isFalse();
  }

  @Test
  void aMissingTablesFolderIsReportedBeforeSparkStarts() {
    assertThatThrownBy(
            () ->
                SparkEngine.open(
                    new EngineRequest(
                        Optional.of("nowhere"),
                        Optional.of(dir.resolve("missing").toString()),
                        dir.resolve("ws.duckdb"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFolderWithoutTablesStopsTheSessionAgain() {
    assertThatThrownBy(
            () ->
                SparkEngine.open(
                    new EngineRequest(
                        Optional.of("local[1]"), Optional.of(dir.toString()), dir.resolve("ws"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds none of the tables");
    assertThat(SparkSession.getDefaultSession().isDefined()).isFalse();
  }
}
