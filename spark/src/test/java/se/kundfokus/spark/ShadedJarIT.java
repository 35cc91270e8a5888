package se.kundfokus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kundfokus-spark.jar runs the command line with Spark; the default jar holds none of Spark. */
class ShadedJarIT {
  private static Path jar(String property) {
    Path jar =
        Path.of(Objects.requireNonNull(System.getProperty(property), property + " is not set"));
    assertThat(jar).as("built by the package phase; run mvn verify").isRegularFile();
    return jar;
  }

  private static String text(JarFile jar, String entry) throws IOException {
    ZipEntry found = jar.getEntry(entry);
    assertThat(found).as(entry).isNotNull();
    try (InputStream in = jar.getInputStream(found)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDefaultJarHasNoSpark() throws IOException {
    try (JarFile jar = new JarFile(jar("kundfokus.default.jar").toFile())) {
      assertThat(jar.stream().map(ZipEntry::getName))
          .isNotEmpty()
          .noneMatch(name -> name.startsWith("org/apache/spark/"))
          .noneMatch(name -> name.startsWith("se/kundfokus/spark/"))
          .noneMatch(name -> name.startsWith("scala/"));
    }
  }

  @Test
  void theSparkJarHasTheCommandLineSparkAndTheirServices() throws IOException {
    try (JarFile jar = new JarFile(jar("kundfokus.spark.jar").toFile())) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Main-Class"))
          .isEqualTo("se.kundfokus.cli.Main");
      assertThat(manifest.getMainAttributes().getValue("Add-Opens"))
          .contains("java.base/sun.nio.ch");
      assertThat(jar.getEntry("se/kundfokus/cli/Main.class")).isNotNull();
      assertThat(jar.getEntry("org/apache/spark/sql/SparkSession.class")).isNotNull();
      assertThat(text(jar, "META-INF/services/se.kundfokus.engine.EngineProvider"))
          .contains("se.kundfokus.spark.SparkEngineProvider");
      assertThat(text(jar, "META-INF/services/org.apache.spark.sql.sources.DataSourceRegister"))
          .contains("parquet.ParquetDataSourceV2")
          .contains("csv.CSVDataSourceV2");
      assertThat(text(jar, "META-INF/services/org.apache.hadoop.fs.FileSystem"))
          .contains("org.apache.hadoop.fs.LocalFileSystem");
      assertThat(jar.stream().map(ZipEntry::getName))
          .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
    }
  }

  @Test
  void analysesTablesWithJavaDashJar(@TempDir Path dir) throws Exception {
    Path workspace = SampleWorkspace.create(dir, 60);
    Path tables = dir.resolve("tables");
    assertThat(
            ExportTables.run(
                new String[] {workspace.toString(), tables.toString()}, System.out, System.err))
        .isZero();
    Path json = dir.resolve("result.json");
    Path log = dir.resolve("run.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dspark.sql.shuffle.partitions=2");
    command.addAll(
        List.of(
            "-jar",
            jar("kundfokus.spark.jar").toString(),
            "analyze",
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--tables",
            tables.toString(),
            "--json",
            json.toString()));
    Process run =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!run.waitFor(3, TimeUnit.MINUTES)) {
      run.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("Best customers").doesNotContain(" INFO ");
    JsonNode result = new ObjectMapper().readTree(json.toFile());
    assertThat(result.get("customers")).hasSize(60);
    assertThat(result.get("meta").get("imports")).isEmpty();
    assertThat(result.get("meta").get("data_fingerprint").asText()).startsWith("sha256:");
  }
}
