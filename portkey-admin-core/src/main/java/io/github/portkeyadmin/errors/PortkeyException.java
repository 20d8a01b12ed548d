package io.github.portkeyadmin.errors;

/**
 * The root of every exception the SDK throws for a failed call. Unchecked, so that it passes
 * through iterators, streams and futures unchanged.
 */
public class PortkeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and, where known, how to fix it
   */
  public PortkeyException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong and, where known, how to fix it
   * @param cause the underlying failure
   */
  public PortkeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
