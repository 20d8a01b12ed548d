package io.github.portkeyadmin.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs blocking calls (with their retries and backoff) on the client's own daemon threads and
 * hands back a {@link PortkeyFuture}. Closed with the client.
 */
public final class AsyncRunner implements AutoCloseable {
  private final DaemonThreads threads = new DaemonThreads("portkey-admin-async-");
  private final ExecutorService executor = threads.pool();

  /**
   * Runs the work asynchronously.
   *
   * @param work a blocking call
   * @param <T> its result type
   * @return a future completed with the result, or with the exception the work threw
   * @throws IllegalStateException if the client is closed
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
      throw new IllegalStateException(
          "the client is closed; build a new PortkeyAdminClient to make more calls", e);
    }
    return future;
  }

  /** Stops accepting work; calls running are cancelled by the transport. */
  @Override
  public void close() {
    executor.shutdown();
  }

  /** The name prefix of this runner's threads, for tests that check they end. */
  String threadNamePrefix() {
    return threads.prefix();
  }
}
