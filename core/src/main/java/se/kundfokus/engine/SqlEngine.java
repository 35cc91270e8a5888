package se.kundfokus.engine;

import java.util.List;
import se.kundfokus.store.ImportRecord;
import se.kundfokus.store.TableCounts;

/**
 * Runs the analysis SQL over the canonical tables ({@code customers}, {@code sales}, {@code
 * products}, {@code prospects}, {@code attributes}, {@code attribute_values}).
 *
 * <p>Queries are resource files under {@code sql/} (see {@link se.kundfokus.store.SqlResource}),
 * plain SELECTs in the SQL that DuckDB and Spark SQL share, with {@code ?} parameters bound to
 * {@link java.time.LocalDate}, {@link String}, {@link Long}, {@link Integer} or {@link Double}
 * values. Intermediate results a run reuses are kept with {@link #keep}, under a name the later
 * queries refer to, and dropped with {@link #drop}.
 *
 * <p>The SQL both engines run alike (the spark module's EngineEquivalenceIT checks it): {@code
 * CAST(x AS STRING)}, not {@code VARCHAR}; {@code LIMIT CAST(? AS INTEGER)}; {@code any_value},
 * {@code median}, {@code count(DISTINCT x) FILTER (WHERE …)}, {@code date - INTERVAL 12 MONTH},
 * {@code year(date)} and boolean columns in {@code WHERE} are fine in both. Order every list fully
 * (ties broken by an id), as the engines order ties differently.
 */
public interface SqlEngine extends AutoCloseable {

  /** Where the data is, in words: the workspace file, or the engine and its input paths. */
  String source();

  /** How many rows each table holds. */
  TableCounts counts();

  /** The log of the files imported, oldest first; empty where the data was not imported. */
  List<ImportRecord> imports();

  /** One fingerprint for all the input data, {@code sha256:} and hex digits. */
  String dataFingerprint();

  /** Runs a query resource with its parameters and maps each row. */
  <T> List<T> query(String resource, List<?> parameters, RowMapper<T> mapper);

  /** Runs a query resource and keeps its rows as table {@code name} for the rest of the run. */
  void keep(String name, String resource, List<?> parameters);

  /** Keeps the given rows as table {@code name} for the rest of the run. */
  void keepRows(String name, List<Column> columns, List<List<Object>> rows);

  /** Drops a table kept by {@link #keep} or {@link #keepRows}, if it exists. */
  void drop(String name);

  /** Releases what the engine holds (a Spark session); the DuckDB engine holds nothing. */
  @Override
  default void close() {}

  /** A column of a table kept from rows. */
  record Column(String name, Type type) {
    public Column {
      java.util.Objects.requireNonNull(name, "name must not be null");
      java.util.Objects.requireNonNull(type, "type must not be null");
      if (!name.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException(
            "a kept column's name must be lower-case letters, digits and _, was " + name);
      }
    }
  }

  /** The types a kept table's columns may have. */
  enum Type {
    STRING,
    DOUBLE,
    LONG,
    DATE
  }
}
