package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.errors.PortkeyException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One request running on the client's HTTP threads while the caller waits for it. A blocked socket
 * read ignores {@link Thread#interrupt()}; waiting on a future does not, so the caller can leave at
 * once and {@link #cancel()} the request.
 *
 * @param <T> the body type
 */
final class PendingCall<T> implements Callback<T> {
  private final Call<T> call;
  private final CompletableFuture<Response<T>> result = new CompletableFuture<>();

  private PendingCall(Call<T> call) {
    this.call = call;
  }

  /**
   * Sends the call.
   *
   * @param call a call not yet executed
   * @param <T> the body type
   * @return the pending call
   */
  static <T> PendingCall<T> enqueue(Call<T> call) {
    PendingCall<T> pending = new PendingCall<>(call);
    call.enqueue(pending);
    return pending;
  }

  /**
   * Waits for the response, its body decoded.
   *
   * @param timeout the longest wait, or empty for no limit
   * @return the response
   * @throws IOException if the request or reading the body failed
   * @throws InterruptedException if the caller was interrupted while waiting
   * @throws TimeoutException if the timeout passed first
   */
  Response<T> await(Optional<Duration> timeout)
      throws IOException, InterruptedException, TimeoutException {
    try {
      return timeout.isPresent()
          ? result.get(timeout.get().toNanos(), TimeUnit.NANOSECONDS)
          : result.get();
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** Cancels the request; the HTTP thread's read fails and the socket is closed. */
  void cancel() {
    call.cancel();
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof PortkeyException portkey) {
      throw portkey;
    }
    return new GuardedJsonConverterFactory.Undecodable(String.valueOf(failure), failure);
  }

  @Override
  public void onResponse(Call<T> call, Response<T> response) {
    result.complete(response);
  }

  @Override
  public void onFailure(Call<T> call, Throwable failure) {
    result.completeExceptionally(failure);
  }
}
