package io.github.portkeyadmin.events;

import io.github.portkeyadmin.errors.PortkeyException;
import java.time.Duration;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** An attempt failed in a way worth retrying; the client waits, then tries again. */
@Value.Immutable
public interface CallRetrying extends CallEvent {
  /**
   * The attempt that failed, from 1.
   *
   * @return the attempt number
   */
  int failedAttempt();

  /**
   * How long the client waits before the next attempt: backoff, or what the server asked for.
   *
   * @return the delay
   */
  Duration delay();

  /**
   * Why the attempt failed: a {@link io.github.portkeyadmin.errors.PortkeyApiException} for a
   * retryable status, a {@link io.github.portkeyadmin.errors.PortkeyConnectionException} for an
   * I/O failure.
   *
   * @return the failure of that attempt
   */
  PortkeyException reason();

  /**
   * The status of the failed attempt, absent when no response arrived.
   *
   * @return the HTTP status
   */
  OptionalInt statusCode();
}
