package se.kundfokus.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import se.kundfokus.engine.DuckDbEngine;
import se.kundfokus.engine.EngineRequest;
import se.kundfokus.engine.RowMapper;
import se.kundfokus.engine.SqlEngine;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.SqlResource;
import se.kundfokus.store.TableCounts;
import se.kundfokus.store.WorkspaceException;

/**
 * Runs the analysis SQL in Apache Spark, over the canonical tables read from Parquet or CSV files
 * (see {@link #over}) or exported from a workspace (see {@link #overWorkspace}).
 *
 * <p>Each engine works in its own Spark session ({@link SparkSession#newSession()}, sharing the
 * Spark context): the tables are temp views of that session, and {@link #keep} caches one. Queries
 * are the resource files of core, run with {@code spark.sql(text, parameters)}.
 *
 * <p>Provenance: tables read from files have no import log, so {@link #imports()} is empty and
 * {@link #dataFingerprint()} is the SHA-256 over the input files' paths, sizes and modification
 * times (every file of a table folder such as {@code sales.parquet/}). Tables exported from a
 * workspace carry the workspace's import log and its fingerprint, as with the DuckDB engine.
 */
public final class SparkEngine implements SqlEngine {
  private final SparkSession base;
  private final SparkSession spark;
  private final boolean ownsSession;
  private final Optional<WorkspaceExport> export;
  private final String source;
  private final List<ImportRecord> imports;
  private final String fingerprint;
  private final Set<String> kept = new LinkedHashSet<>();

  private SparkEngine(
      SparkSession base,
      boolean ownsSession,
      InputTables tables,
      Optional<WorkspaceExport> export,
      String source,
      List<ImportRecord> imports,
      String fingerprint) {
    this.base = base;
    this.ownsSession = ownsSession;
    this.export = export;
    this.source = source;
    this.imports = List.copyOf(imports);
    this.fingerprint = fingerprint;
    this.spark = base.newSession();
    // The row adapter reads dates as java.time; a per-session setting.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    tables.register(spark);
  }

  /**
   * Starts Spark as the request says ({@code local[*]} unless it or {@code spark-submit} names a
   * master) over the request's tables, or the workspace's tables when it names none (local masters
   * only: a cluster cannot read this machine's temporary folder). {@link #close()} stops Spark if
   * this call started it.
   *
   * @throws IllegalArgumentException for a bad master, tables folder, or a cluster without tables
   * @throws WorkspaceException where the tables or the workspace cannot be read
   */
  public static SparkEngine open(EngineRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    request.tables().ifPresent(InputTables::checkLocal);
    SparkSessions.Started started = SparkSessions.start(request.master());
    try {
      if (request.tables().isPresent()) {
        return over(started.session(), request.tables().get(), started.owned());
      }
      if (!started.session().sparkContext().isLocal()) {
        throw new IllegalArgumentException(
            "with the cluster master "
                + started.session().sparkContext().master()
                + ", --tables must name the tables' folder on the cluster (hdfs://…); export the"
                + " workspace's tables with se.kundfokus.spark.ExportTables, see the README");
      }
      return overWorkspace(started.session(), request.workspace(), started.owned());
    } catch (RuntimeException e) {
      if (started.owned()) {
        started.session().stop();
      }
      throw e;
    }
  }

  /**
   * An engine over the tables in a folder or URI: {@code customers}, {@code sales}, {@code
   * products}, {@code prospects}, {@code attributes} and {@code attribute_values}, each {@code
   * NAME.parquet} or {@code NAME.csv} (with a header row), a file or a folder of part files. Absent
   * tables are empty. The session stays the caller's: {@link #close()} leaves it running.
   *
   * @throws IllegalArgumentException where there is no such folder, or it holds none of the tables
   * @throws WorkspaceException where a table cannot be read or lacks a required column
   */
  public static SparkEngine over(SparkSession spark, String tables) {
    return over(spark, tables, false);
  }

  /**
   * An engine over a workspace's tables, exported as Parquet to a temporary folder (deleted by
   * {@link #close()}) with the workspace opened read-only. Needs a local master. The session stays
   * the caller's.
   */
  public static SparkEngine overWorkspace(SparkSession spark, Path workspace) {
    return overWorkspace(spark, workspace, false);
  }

  private static SparkEngine over(SparkSession spark, String tables, boolean owned) {
    Objects.requireNonNull(spark, "spark must not be null");
    Objects.requireNonNull(tables, "tables must not be null");
    InputTables input = InputTables.find(spark, tables);
    return new SparkEngine(
        spark,
        owned,
        input,
        Optional.empty(),
        "tables " + input.location() + " (Spark, " + spark.sparkContext().master() + ")",
        List.of(),
        input.fingerprint());
  }

  private static SparkEngine overWorkspace(SparkSession spark, Path workspace, boolean owned) {
    Objects.requireNonNull(spark, "spark must not be null");
    Objects.requireNonNull(workspace, "workspace must not be null");
    WorkspaceExport export = WorkspaceExport.toTemporaryFolder(workspace);
    try {
      return new SparkEngine(
          spark,
          owned,
          InputTables.find(spark, export.folder().toString()),
          Optional.of(export),
          "workspace "
              + workspace.toAbsolutePath().normalize()
              + " (Spark, "
              + spark.sparkContext().master()
              + ")",
          export.imports(),
          DuckDbEngine.fingerprint(export.imports()));
    } catch (RuntimeException e) {
      export.close();
      throw e;
    }
  }

  /** The temporary folder of exported workspace tables; empty for tables read from files. */
  Optional<Path> exportFolder() {
    return export.map(WorkspaceExport::folder);
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public TableCounts counts() {
    return query(
            "store/counts.sql",
            List.of(),
            row ->
                new TableCounts(
                    row.integer("register_customers"),
                    row.integer("customers"),
                    row.integer("prospects"),
                    row.integer("products"),
                    row.integer("sales_lines"),
                    row.integer("anonymous_sales_lines"),
                    row.optionalDate("first_sale"),
                    row.optionalDate("last_sale"),
                    row.number("sales_amount"),
                    row.integer("attributes")))
        .get(0);
  }

  /** The workspace's import log for exported tables; empty for tables read from files. */
  @Override
  public List<ImportRecord> imports() {
    return imports;
  }

  /**
   * For tables read from files: {@code sha256:} and the SHA-256 over every input file's path, size
   * and modification time, sorted; the same files give the same fingerprint, a changed or replaced
   * file another. For exported tables: the workspace's fingerprint of its imports.
   */
  @Override
  public String dataFingerprint() {
    return fingerprint;
  }

  @Override
  public <T> List<T> query(String resource, List<?> parameters, RowMapper<T> mapper) {
    String sql = SqlResource.load(resource);
    Dataset<Row> result;
    List<Row> rows;
    try {
      result = spark.sql(sql, parameters.toArray());
      rows = result.collectAsList();
    } catch (Exception e) {
      throw failure(resource, e);
    }
    SparkRow row = new SparkRow(resource, result.schema());
    List<T> mapped = new ArrayList<>(rows.size());
    for (Row r : rows) {
      mapped.add(mapper.map(row.at(r)));
    }
    return mapped;
  }

  @Override
  public void keep(String name, String resource, List<?> parameters) {
    String view = keptName(name);
    String sql = SqlResource.load(resource);
    try {
      spark.sql(sql, parameters.toArray()).createOrReplaceTempView(view);
      spark.catalog().cacheTable(view);
    } catch (Exception e) {
      throw failure(resource, e);
    }
    kept.add(view);
  }

  @Override
  public void keepRows(String name, List<Column> columns, List<List<Object>> rows) {
    String view = keptName(name);
    StructType schema =
        new StructType(
            columns.stream()
                .map(c -> new StructField(c.name(), sparkType(c.type()), true, Metadata.empty()))
                .toArray(StructField[]::new));
    List<Row> data = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of " + name + " has " + row.size() + " values for " + columns.size());
      }
      Object[] values = new Object[row.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(name, columns.get(i), row.get(i));
      }
      data.add(RowFactory.create(values));
    }
    try {
      spark.createDataFrame(data, schema).createOrReplaceTempView(view);
    } catch (Exception e) {
      throw failure("the table " + name, e);
    }
    kept.add(view);
  }

  @Override
  public void drop(String name) {
    String view = keptName(name);
    spark.catalog().dropTempView(view);
    kept.remove(view);
  }

  /** Drops the views and their caches, stops Spark if this engine started it, deletes exports. */
  @Override
  public void close() {
    try {
      if (ownsSession) {
        base.stop();
      } else {
        for (String view : List.copyOf(kept)) {
          drop(view);
        }
        for (CanonicalTables.Table table : CanonicalTables.ALL) {
          spark.catalog().dropTempView(table.name());
        }
      }
    } finally {
      export.ifPresent(WorkspaceExport::close);
    }
  }

  /** A kept table's name: a plain SQL name, not one of the canonical tables. */
  private static String keptName(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain SQL name: " + name);
    }
    if (CanonicalTables.ALL.stream().anyMatch(t -> t.name().equals(name))) {
      throw new IllegalArgumentException("a kept table cannot replace the table " + name);
    }
    return name;
  }

  private static DataType sparkType(Type type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case DOUBLE -> DataTypes.DoubleType;
      case LONG -> DataTypes.LongType;
      case DATE -> DataTypes.DateType;
    };
  }

  private static @Nullable Object value(String table, Column column, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    Object converted =
        switch (column.type()) {
          case STRING -> value instanceof String ? value : null;
          case DOUBLE -> value instanceof Number n ? (Object) n.doubleValue() : null;
          case LONG -> value instanceof Number n ? (Object) n.longValue() : null;
          case DATE -> value instanceof java.time.LocalDate ? value : null;
        };
    if (converted == null) {
      throw new IllegalArgumentException(
          "a row of "
              + table
              + " has '"
              + value
              + "' in column "
              + column.name()
              + " (expected "
              + column.type()
              + ")");
    }
    return converted;
  }

  private WorkspaceException failure(String what, Exception e) {
    return new WorkspaceException(
        "cannot analyse " + source + " (" + what + "): " + firstLine(e), e);
  }

  /** The first line of an exception's message (Spark's go on with the plan and the SQL). */
  static String firstLine(Throwable e) {
    String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getName());
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
