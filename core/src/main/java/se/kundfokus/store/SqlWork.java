package se.kundfokus.store;

import java.sql.Connection;

/** Work done on the workspace's connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws Exception;
}
