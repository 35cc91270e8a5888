package se.kundfokus.ingest;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;

/**
 * Appends a table's rows on a thread of its own, so that reading and checking the file (the
 * caller's thread) and DuckDB's appending (this one) use two cores at once: in the profile of a
 * ten-million-line import the appender, and DuckDB compressing and storing its chunks, took about
 * as long as reading the file.
 *
 * <p>Rows are handed over in batches through a short queue, in order, so memory stays bounded and
 * the table gets the rows exactly as one thread would append them. A failure on the append thread
 * is thrown from the next {@link #append} or from {@link #close}; after it the rows handed over are
 * dropped (the import's transaction is rolled back anyway).
 */
final class AppendThread implements AutoCloseable {
  /** Opens the appender; called on the append thread, which DuckDB confines the appender to. */
  @FunctionalInterface
  interface Opener {
    DuckDBAppender open() throws SQLException;
  }

  /** Appends one row; called on the append thread only. */
  @FunctionalInterface
  interface RowAppender {
    void append(DuckDBAppender appender, @Nullable Object[] values, long line) throws SQLException;
  }

  private static final int BATCH_ROWS = 2048;
  private static final int BATCHES_QUEUED = 4;

  private final String table;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_QUEUED);
  private final Thread thread;
  private volatile @Nullable Throwable failure;
  private boolean reported;
  private boolean closed;
  private Batch batch = new Batch(BATCH_ROWS);

  AppendThread(String table, Opener opener, RowAppender appender) {
    this.table = table;
    this.thread = new Thread(() -> appendAll(opener, appender), "kundfokus-append-" + table);
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands over a copy of a row; {@code values} may be reused by the caller. */
  void append(@Nullable Object[] values, long line) throws SQLException {
    batch.add(values.clone(), line);
    if (batch.isFull()) {
      hand(batch);
      batch = new Batch(BATCH_ROWS);
    }
  }

  /** Appends the rows handed over, waits for the thread, and throws what failed there. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (batch.size > 0 && failure == null) {
        queue.put(batch);
      }
      queue.put(Batch.END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while appending to the " + table + " table", e);
    }
    throwFailure();
  }

  private void hand(Batch full) throws SQLException {
    throwFailure();
    try {
      queue.put(full);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while appending to the " + table + " table", e);
    }
  }

  /**
   * Runs on the append thread: opens the appender, appends every batch until {@link Batch#END},
   * taking the batches after a failure too so that the caller never waits on a full queue, and
   * closes the appender, which appends what it still holds.
   */
  private void appendAll(Opener opener, RowAppender appender) {
    DuckDBAppender rows = null;
    try {
      rows = opener.open();
    } catch (SQLException | RuntimeException | Error e) {
      failure = e;
    }
    while (true) {
      Batch next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        if (failure == null) {
          failure = e;
        }
        continue;
      }
      if (next == Batch.END) {
        break;
      }
      if (failure != null || rows == null) {
        continue;
      }
      try {
        for (int i = 0; i < next.size; i++) {
          appender.append(rows, next.values[i], next.lines[i]);
        }
      } catch (SQLException | RuntimeException | Error e) {
        failure = e;
      }
    }
    if (rows != null) {
      try {
        rows.close();
      } catch (SQLException | RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
        }
      }
    }
  }

  /** Throws the append thread's failure, once: a new exception with it as the cause. */
  private void throwFailure() throws SQLException {
    Throwable cause = failure;
    if (cause == null || reported) {
      return;
    }
    reported = true;
    if (cause instanceof Error error) {
      throw error;
    }
    String message = "cannot append to the " + table + " table: " + cause.getMessage();
    if (cause instanceof SQLException sql) {
      throw new SQLException(message, sql.getSQLState(), sql);
    }
    throw new IllegalStateException(message, cause);
  }

  /** Rows handed over together. */
  private static final class Batch {
    static final Batch END = new Batch(0);

    final @Nullable Object[][] values;
    final long[] lines;
    int size;

    Batch(int capacity) {
      values = new Object[capacity][];
      lines = new long[capacity];
    }

    void add(@Nullable Object[] row, long line) {
      values[size] = row;
      lines[size] = line;
      size++;
    }

    boolean isFull() {
      return size == values.length;
    }
  }
}
