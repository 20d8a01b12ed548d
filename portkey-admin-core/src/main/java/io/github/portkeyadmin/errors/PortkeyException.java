package io.github.portkeyadmin.errors;

/**
 * The root of every exception the SDK throws for a failed call. Unchecked, so that it passes
 * through iterators, streams and futures unchanged.
 */
public class PortkeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many requests were made before giving up. */
  private final int attempts;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and, where known, how to fix it
   */
  public PortkeyException(String message) {
    this(message, null, 1);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong and, where known, how to fix it
   * @param cause the underlying failure
   */
  public PortkeyException(String message, Throwable cause) {
    this(message, cause, 1);
  }

  /**
   * Creates an exception that records how many attempts were made.
   *
   * @param message what went wrong and, where known, how to fix it
   * @param cause the underlying failure, or {@code null}
   * @param attempts the number of requests made, at least 1
   */
  protected PortkeyException(String message, Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /**
   * How many requests were made before this exception was thrown: 1 when the call was not
   * retried, up to {@code maxRetries + 1}. Exceptions thrown before any request (none are of this
   * type) do not apply.
   *
   * @return the attempts, at least 1
   */
  public int attempts() {
    return attempts;
  }
}
