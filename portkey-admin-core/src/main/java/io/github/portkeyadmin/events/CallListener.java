package io.github.portkeyadmin.events;

/**
 * Told of each call of a client: {@link #callStarted} once, {@link #callRetrying} before each
 * retry, then exactly one of {@link #callSucceeded} or {@link #callFailed}. Every method does
 * nothing by default, so implement only what you need.
 *
 * <p>Methods run on the thread making the call (for {@code ...Async} calls, the client's async
 * thread), between attempts: keep them short and non-blocking. A listener that throws is logged
 * to the {@link System.Logger} {@code io.github.portkeyadmin.events} at {@code WARNING} and
 * ignored; the call goes on. Events never carry the API key or a query string.
 */
public interface CallListener {
  /**
   * A call is about to send its first request.
   *
   * @param event the operation and endpoint
   */
  default void callStarted(CallStarted event) {}

  /**
   * An attempt failed and another will follow after {@link CallRetrying#delay()}.
   *
   * @param event the failed attempt, the delay and the reason
   */
  default void callRetrying(CallRetrying event) {}

  /**
   * The call returned its result.
   *
   * @param event status, attempts, duration, request id and body size
   */
  default void callSucceeded(CallSucceeded event) {}

  /**
   * The call failed for good.
   *
   * @param event the exception, attempts, duration and last status
   */
  default void callFailed(CallFailed event) {}
}
