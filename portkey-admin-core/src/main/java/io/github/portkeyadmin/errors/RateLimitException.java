package io.github.portkeyadmin.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429 (Portkey code {@code AB06}): too many requests.
 *
 * <p>Portkey documents no rate-limit headers; when a gateway in front of it sends {@code
 * Retry-After}, {@link #retryAfter()} carries it.
 */
public class RateLimitException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said, including any {@code Retry-After}
   */
  public RateLimitException(ApiError error) {
    super(error, advice(error.retryAfter()));
  }

  /**
   * How long the server asked the client to wait before retrying.
   *
   * @return the wait, or empty if the response had no usable {@code Retry-After}
   */
  public Optional<Duration> retryAfter() {
    return error().retryAfter();
  }

  private static String advice(Optional<Duration> retryAfter) {
    return retryAfter
        .map(wait -> "Portkey asked to retry after " + wait.toSeconds() + " s")
        .orElse("Portkey rate-limited the request; slow down and retry later");
  }
}
