package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.errors.PortkeyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A client-side cap on requests per second, shared by every call of one client: each request
 * takes the next free slot, spaced {@code 1/rate} apart, and waits for it.
 */
public final class Throttle {
  private final Duration spacing;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant nextSlot = Instant.MIN;

  /**
   * Creates a throttle.
   *
   * @param requestsPerSecond the cap, above 0
   * @param clock the source of now
   * @param sleeper waits for a slot
   */
  public Throttle(double requestsPerSecond, Clock clock, Sleeper sleeper) {
    this.spacing = Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until this request may go.
   *
   * @throws PortkeyException if interrupted while waiting; the interrupt flag is kept
   */
  public void acquire() {
    Duration wait = reserve();
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortkeyException("interrupted while waiting for the request throttle", e);
    }
  }

  private synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
    nextSlot = slot.plus(spacing);
    return Duration.between(now, slot);
  }
}
