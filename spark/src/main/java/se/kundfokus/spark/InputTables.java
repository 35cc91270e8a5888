package se.kundfokus.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import se.kundfokus.store.WorkspaceException;

/**
 * The canonical tables in a folder or URI: one source per table, {@code NAME.parquet} or {@code
 * NAME.csv} (a file, or a folder of part files as Spark writes them), read into temp views of the
 * canonical schema. Columns are matched by name, ignoring case, and cast to the canonical types;
 * other columns are left out, optional ones that are missing are NULL, and absent tables are empty.
 */
final class InputTables {
  private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

  private final URI location;
  private final Map<String, Source> sources;
  private final String fingerprint;

  /** Where one table is read from. */
  record Source(String table, Path path, Format format) {
    Source {
      Objects.requireNonNull(table, "table must not be null");
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(format, "format must not be null");
    }
  }

  /** The file formats of a source. */
  enum Format {
    PARQUET,
    CSV
  }

  private InputTables(URI location, Map<String, Source> sources, String fingerprint) {
    this.location = location;
    this.sources = sources;
    this.fingerprint = fingerprint;
  }

  /**
   * Finds the sources in a folder or URI ({@code hdfs://…}, {@code file:…}; anything else is a
   * local path).
   *
   * @throws IllegalArgumentException where there is no such folder, or it holds no table
   * @throws WorkspaceException where it cannot be listed, or a table has two sources
   */
  static InputTables find(SparkSession spark, String location) {
    URI uri = checkLocal(location);
    Path root = new Path(uri);
    FileSystem fs = fileSystem(spark, root, location);
    try {
      FileStatus status = fs.getFileStatus(root);
      if (!status.isDirectory()) {
        throw new IllegalArgumentException(
            "the tables location " + location + " is a file; expected a folder with " + expected());
      }
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException(
          "the tables folder "
              + location
              + " does not exist (expected a folder with "
              + expected()
              + ")",
          e);
    } catch (IOException e) {
      throw new WorkspaceException("cannot read the tables folder " + location, e);
    }
    Map<String, Source> sources = new HashMap<>();
    for (CanonicalTables.Table table : CanonicalTables.ALL) {
      source(fs, root, table, location).ifPresent(s -> sources.put(table.name(), s));
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(
          "the tables folder "
              + location
              + " holds none of the tables (expected "
              + expected()
              + ")");
    }
    return new InputTables(uri, Map.copyOf(sources), fingerprint(fs, sources, location));
  }

  /** The folder or URI, as a URI. */
  URI location() {
    return location;
  }

  /** SHA-256 over the input files' paths, sizes and modification times. */
  String fingerprint() {
    return fingerprint;
  }

  /** Registers every canonical table as a temp view of the session, read or empty. */
  void register(SparkSession spark) {
    for (CanonicalTables.Table table : CanonicalTables.ALL) {
      Source source = sources.get(table.name());
      Dataset<Row> rows =
          source == null
              ? spark.createDataFrame(List.<Row>of(), table.schema())
              : conform(read(spark, source), table, source);
      rows.createOrReplaceTempView(table.name());
    }
  }

  private static Dataset<Row> read(SparkSession spark, Source source) {
    try {
      return switch (source.format()) {
        case PARQUET -> spark.read().parquet(source.path().toString());
        case CSV ->
            spark
                .read()
                .option("header", "true")
                .option("mode", "FAILFAST")
                .option("encoding", "UTF-8")
                .csv(source.path().toString());
      };
    } catch (Exception e) {
      throw new WorkspaceException(
          "cannot read table "
              + source.table()
              + " from "
              + source.path()
              + " (expected "
              + (source.format() == Format.PARQUET ? "Parquet" : "CSV with a header row")
              + "): "
              + SparkEngine.firstLine(e),
          e);
    }
  }

  /** The canonical columns in their order and types, from the columns the source has. */
  private static Dataset<Row> conform(
      Dataset<Row> raw, CanonicalTables.Table table, Source source) {
    Map<String, String> byName = new HashMap<>();
    for (String name : raw.columns()) {
      byName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    List<String> missing =
        table.names(CanonicalTables.Presence.REQUIRED).stream()
            .filter(name -> !byName.containsKey(name))
            .toList();
    if (!missing.isEmpty()) {
      throw new WorkspaceException(
          "table "
              + table.name()
              + " in "
              + source.path()
              + " has no column "
              + missing.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
              + " (expected "
              + table.describe()
              + "; it has "
              + String.join(", ", raw.columns())
              + ")");
    }
    List<Column> columns = new ArrayList<>();
    for (CanonicalTables.Column column : table.columns()) {
      String present = byName.get(column.name());
      Column value;
      if (present != null) {
        value = raw.col("`" + present.replace("`", "``") + "`").cast(column.type());
      } else if (column.presence() == CanonicalTables.Presence.OPTIONAL_TRUE) {
        value = functions.lit(true);
      } else {
        value = functions.lit(null).cast(column.type());
      }
      columns.add(value.as(column.name()));
    }
    return raw.select(columns.toArray(Column[]::new));
  }

  private static Optional<Source> source(
      FileSystem fs, Path root, CanonicalTables.Table table, String location) {
    List<Source> found = new ArrayList<>();
    for (Format format : Format.values()) {
      Path path = new Path(root, table.name() + "." + format.name().toLowerCase(Locale.ROOT));
      try {
        if (fs.exists(path)) {
          found.add(new Source(table.name(), path, format));
        }
      } catch (IOException e) {
        throw new WorkspaceException("cannot read " + path, e);
      }
    }
    if (found.size() > 1) {
      throw new WorkspaceException(
          "the tables folder "
              + location
              + " has both "
              + table.name()
              + ".parquet and "
              + table.name()
              + ".csv (expected one source per table; remove one)");
    }
    return found.stream().findFirst();
  }

  private static String fingerprint(FileSystem fs, Map<String, Source> sources, String location) {
    List<String> lines = new ArrayList<>();
    try {
      for (Source source : sources.values()) {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(source.path(), true);
        while (files.hasNext()) {
          LocatedFileStatus file = files.next();
          lines.add(
              source.table()
                  + "\t"
                  + file.getPath()
                  + "\t"
                  + file.getLen()
                  + "\t"
                  + file.getModificationTime()
                  + "\n");
        }
      }
    } catch (IOException e) {
      throw new WorkspaceException("cannot list the files of the tables folder " + location, e);
    }
    lines.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static FileSystem fileSystem(SparkSession spark, Path root, String location) {
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException | RuntimeException e) {
      // Hadoop knows s3a:// and others by name, and fails with ClassNotFoundException inside a
      // RuntimeException where their connector is missing.
      throw new IllegalArgumentException(
          "cannot read the tables location "
              + location
              + ": "
              + SparkEngine.firstLine(e)
              + " (this jar reads local folders and hdfs://; other file systems, such as s3a://,"
              + " need their Hadoop connector on the class path, e.g. with spark-submit"
              + " --packages)",
          e);
    }
  }

  /**
   * The location as a URI, checked where it is a local folder (so that a mistyped folder is
   * reported before Spark starts).
   *
   * @throws IllegalArgumentException where a local folder does not exist or is a file
   */
  static URI checkLocal(String location) {
    URI uri = uri(location);
    if ("file".equals(uri.getScheme())) {
      java.nio.file.Path folder = java.nio.file.Path.of(uri);
      if (!Files.exists(folder)) {
        throw new IllegalArgumentException(
            "the tables folder "
                + location
                + " does not exist (expected a folder with "
                + expected()
                + ")");
      }
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(
            "the tables location " + location + " is a file; expected a folder with " + expected());
      }
    }
    return uri;
  }

  /** A URI as it is, or a local path as a {@code file:} URI. */
  static URI uri(String location) {
    if (location.isBlank()) {
      throw new IllegalArgumentException("the tables location is empty (expected a folder or URI)");
    }
    if (URI_SCHEME.matcher(location).matches()) {
      try {
        return new URI(location);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "the tables location " + location + " is not a URI: " + e.getMessage(), e);
      }
    }
    return java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri();
  }

  private static String expected() {
    return CanonicalTables.ALL.stream()
            .map(t -> t.name() + ".parquet")
            .collect(Collectors.joining(", "))
        + " or .csv";
  }
}
