package se.kundfokus.engine;

/** Turns one row of a query's result into a value. */
@FunctionalInterface
public interface RowMapper<T> {
  T map(SqlRow row);
}
