package io.github.portkeyadmin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The end of a whole call, retries and waits included, read from the client's clock.
 *
 * @param clock the source of now
 * @param end when the call must be over, or empty for no limit
 */
record Deadline(Clock clock, Optional<Instant> end) {
  /**
   * A deadline {@code timeout} from now.
   *
   * @param timeout the whole-call timeout; zero means none
   * @param clock the source of now
   * @return the deadline
   */
  static Deadline after(Duration timeout, Clock clock) {
    return new Deadline(clock,
        timeout.isZero() ? Optional.empty() : Optional.of(clock.instant().plus(timeout)));
  }

  /**
   * The time left, never negative.
   *
   * @return the time left, or empty for no limit
   */
  Optional<Duration> remaining() {
    Instant now = clock.instant();
    return end.map(e -> e.isAfter(now) ? Duration.between(now, e) : Duration.ZERO);
  }

  /**
   * Whether a wait still ends before the deadline.
   *
   * @param wait the wait
   * @return {@code true} if there is no deadline or the wait ends before it
   */
  boolean allows(Duration wait) {
    return end.isEmpty() || clock.instant().plus(wait).isBefore(end.get());
  }
}
