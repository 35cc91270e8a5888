package se.kundfokus.web;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import se.kundfokus.store.Workspace;

/**
 * The one writer of the workspace: imports and analyses run on a single thread, one after the other
 * in the order they were asked for, so they queue and never collide. Readers do not use it.
 */
final class WriteQueue implements AutoCloseable {
  private final Workspace workspace;
  private final ExecutorService writer;

  WriteQueue(Path file) {
    this.workspace = Workspace.open(file);
    this.writer =
        Executors.newSingleThreadExecutor(
            work -> {
              Thread thread = new Thread(work, "kundfokus-writer");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The workspace, for readers that open their own connection to it. */
  Workspace workspace() {
    return workspace;
  }

  /** Queues a write; the future completes when it has run. */
  <T> Future<T> submit(Function<Workspace, T> work) {
    return writer.submit(() -> work.apply(workspace));
  }

  /** Queues a write and waits for it, rethrowing what it threw. */
  <T> T run(Function<Workspace, T> work) {
    Future<T> done = submit(work);
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.cancel(true);
      throw new IllegalStateException("interrupted while waiting for the workspace", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the workspace write failed", cause);
    }
  }

  /** Lets the write in progress finish (up to a minute), then closes the workspace. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
        writer.shutdownNow();
      }
    } catch (InterruptedException e) {
      writer.shutdownNow();
      Thread.currentThread().interrupt();
    }
    workspace.close();
  }
}
