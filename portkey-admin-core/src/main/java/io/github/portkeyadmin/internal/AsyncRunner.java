package io.github.portkeyadmin.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs blocking calls (with their retries and backoff) on the client's own daemon threads and
 * hands back a {@link PortkeyFuture}. Closed with the client.
 */
public final class AsyncRunner implements AutoCloseable {
  private static final AtomicInteger RUNNERS = new AtomicInteger();

  private final String threadNamePrefix =
      "portkey-admin-async-" + RUNNERS.incrementAndGet() + "-";
  private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());

  /**
   * Runs the work asynchronously.
   *
   * @param work a blocking call
   * @param <T> its result type
   * @return a future completed with the result, or with the exception the work threw
   */
  public <T> CompletableFuture<T> supply(Supplier<T> work) {
    PortkeyFuture<T> future = new PortkeyFuture<>();
    try {
      executor.execute(() -> {
        try {
          future.complete(work.get());
        } catch (RuntimeException | Error e) {
          future.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(new IllegalStateException("the client is closed", e));
    }
    return future;
  }

  /** Stops accepting work; calls already running finish. */
  @Override
  public void close() {
    executor.shutdown();
  }

  /** The name prefix of this runner's threads, for tests that check they end. */
  String threadNamePrefix() {
    return threadNamePrefix;
  }

  private ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, threadNamePrefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
