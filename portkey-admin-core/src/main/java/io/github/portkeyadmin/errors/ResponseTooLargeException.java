package io.github.portkeyadmin.errors;

/**
 * A response body was larger than {@code maxResponseBytes} (default 64 MiB), counted after
 * decompression. Reading stopped at the limit, so no more than that was ever held in memory. The
 * message names the limit and how to raise it; narrowing the query (a shorter time range, a
 * smaller page size) is usually the better fix. Never retried.
 */
public class ResponseTooLargeException extends PortkeyException {
  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded, in bytes. */
  private final long limitBytes;

  /**
   * Creates the exception.
   *
   * @param message which response was too large, the limit and how to raise it
   * @param limitBytes the limit, in bytes
   * @param attempts the number of requests made, at least 1
   */
  public ResponseTooLargeException(String message, long limitBytes, int attempts) {
    super(message, null, attempts);
    this.limitBytes = limitBytes;
  }

  /**
   * The limit that was exceeded.
   *
   * @return {@code maxResponseBytes}, in bytes
   */
  public long limitBytes() {
    return limitBytes;
  }
}
