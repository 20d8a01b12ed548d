package io.github.portkeyadmin.events;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A call returned its result. */
@Value.Immutable
public interface CallSucceeded extends CallEvent {
  /**
   * The HTTP status of the last attempt, a 2xx.
   *
   * @return the status
   */
  int statusCode();

  /**
   * Requests made, retries included.
   *
   * @return at least 1
   */
  int attempts();

  /**
   * From the start of the first attempt to the decoded result, waits between attempts included.
   *
   * @return the duration
   */
  Duration duration();

  /**
   * Portkey's {@code x-portkey-request-id} of the last attempt, for Portkey support.
   *
   * @return the request id, if the server sent one
   */
  Optional<String> requestId();

  /**
   * Bytes of the last response body as read (after any transfer decompression).
   *
   * @return the body size
   */
  long responseBytes();
}
