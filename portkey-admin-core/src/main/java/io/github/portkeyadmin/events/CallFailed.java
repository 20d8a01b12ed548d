package io.github.portkeyadmin.events;

import io.github.portkeyadmin.errors.PortkeyException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A call failed for good: the exception it throws (or completes its future with) is here. */
@Value.Immutable
public interface CallFailed extends CallEvent {
  /**
   * The exception the caller gets.
   *
   * @return the SDK's exception
   */
  PortkeyException exception();

  /**
   * Requests made, retries included.
   *
   * @return at least 1
   */
  int attempts();

  /**
   * From the start of the first attempt to the failure, waits between attempts included.
   *
   * @return the duration
   */
  Duration duration();

  /**
   * The status of the last response, absent when none arrived (connection failures).
   *
   * @return the HTTP status
   */
  OptionalInt statusCode();

  /**
   * Portkey's {@code x-portkey-request-id} of the last response, if it had one.
   *
   * @return the request id
   */
  Optional<String> requestId();
}
