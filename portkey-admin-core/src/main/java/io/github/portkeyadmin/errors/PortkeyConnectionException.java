package io.github.portkeyadmin.errors;

/**
 * No complete response arrived: the connection failed or was dropped, a timeout fired (the message
 * names which: connect, read, or the whole-call timeout, and whether the body was arriving), or
 * the client was closed while the call was running. The cause is the underlying failure.
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
