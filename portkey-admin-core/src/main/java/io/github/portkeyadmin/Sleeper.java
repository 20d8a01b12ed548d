package io.github.portkeyadmin;

import java.time.Duration;

/**
 * Waits between retry attempts and for the client-side throttle. The default sleeps the calling
 * thread; tests inject one that records the waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /** The default: {@link Thread#sleep(long)}. */
  Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for the duration.
   *
   * @param duration how long, never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
