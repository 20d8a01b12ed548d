package io.github.portkeyadmin.errors;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a non-2xx response said, as carried by {@link PortkeyApiException}.
 *
 * <p>Portkey answers errors in several body shapes ({@code {"success":false,"data":{"message",
 * "errorCode"}}}, the same without {@code errorCode}, and {@code {"error":{"message","code"}}} or
 * a bare {@code {"message"}} from gateways); all are read into this one form. A body that is not
 * JSON at all (an HTML page from a proxy) leaves {@link #errorCode()} empty and is kept, shortened,
 * in {@link #bodyExcerpt()}.
 */
@Value.Immutable
public interface ApiError {
  /**
   * The request that failed, as method and path without the query, e.g. {@code GET
   * /v1/analytics/graphs/cost}.
   *
   * @return the endpoint
   */
  String endpoint();

  /**
   * The HTTP status code.
   *
   * @return the status, e.g. 403
   */
  int statusCode();

  /**
   * Portkey's error code, when the body had one: {@code AB01} to {@code AB09}.
   *
   * @return the code, or empty
   */
  Optional<String> errorCode();

  /**
   * The message from the body, or the HTTP reason phrase when the body had none.
   *
   * @return the server's message
   */
  String message();

  /**
   * The {@code x-portkey-request-id} response header, to quote to Portkey support; redacted like
   * every text the SDK emits, and cut to 200 characters.
   *
   * @return the request id, or empty
   */
  Optional<String> requestId();

  /**
   * How long the server asked the client to wait, from {@code retry-after-ms} or {@code
   * Retry-After} (seconds or an HTTP-date).
   *
   * @return the wait, or empty if the response had no usable header
   */
  Optional<Duration> retryAfter();

  /**
   * How many requests were made, the last of which got this response. Default 1.
   *
   * @return the attempts, at least 1
   */
  @Value.Default
  default int attempts() {
    return 1;
  }

  /**
   * The start of the response body, whitespace collapsed, at most 200 characters, with the key
   * and signed-URL credentials redacted.
   *
   * @return the excerpt, possibly empty
   */
  String bodyExcerpt();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableApiError.Builder builder() {
    return ImmutableApiError.builder();
  }
}
