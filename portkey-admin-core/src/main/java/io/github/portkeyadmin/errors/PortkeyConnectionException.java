package io.github.portkeyadmin.errors;

/**
 * No response arrived: the connection failed, was dropped, or a timeout fired. The cause is the
 * underlying {@link java.io.IOException}.
 */
public class PortkeyConnectionException extends PortkeyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which request failed and how
   * @param cause the I/O failure
   */
  public PortkeyConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception, recording the attempts made.
   *
   * @param message which request failed and how
   * @param cause the I/O failure
   * @param attempts the number of requests made, at least 1
   */
  public PortkeyConnectionException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
