package io.github.portkeyadmin.errors;

/**
 * The calling thread was interrupted during a call: before it was sent, while the request was in
 * flight (the request is then cancelled), or while waiting to retry. The thread's interrupt flag is
 * left set, so code further up still sees the interrupt.
 */
public class PortkeyInterruptedException extends PortkeyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which call was interrupted and in which phase
   * @param cause the {@link InterruptedException}, or {@code null}
   * @param attempts the number of requests made, at least 1
   */
  public PortkeyInterruptedException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
