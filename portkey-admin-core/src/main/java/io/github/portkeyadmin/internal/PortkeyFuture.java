package io.github.portkeyadmin.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A future whose {@link #join()} throws the SDK's own exception, not a {@link
 * CompletionException} wrapping it, so that {@code catch (RateLimitException e)} works around
 * {@code join()}. {@link #get()} keeps its contract and wraps in {@code ExecutionException}.
 * Dependent stages are of this type too.
 */
final class PortkeyFuture<T> extends CompletableFuture<T> {
  @Override
  public T join() {
    try {
      return super.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new PortkeyFuture<>();
  }
}
