package io.github.portkeyadmin.errors;

/**
 * Portkey answered 2xx, but the body could not be read as the expected model: not JSON, cut off,
 * or missing a field the SDK cannot do without (such as an id). The cause is Jackson's exception.
 */
public class MalformedResponseException extends PortkeyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which response could not be read and why
   * @param cause the parse failure
   */
  public MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception, recording the attempts made.
   *
   * @param message which response could not be read and why
   * @param cause the parse failure
   * @param attempts the number of requests made, at least 1
   */
  public MalformedResponseException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
