package io.github.portkeyadmin.support;

import io.github.portkeyadmin.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fake time for retry and throttle tests: records every wait and returns at once, advancing its
 * own clock by the wait, so no test really sleeps.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Instant now;

  public RecordingSleeper(Instant start) {
    this.now = start;
  }

  public RecordingSleeper() {
    this(Instant.parse("2026-11-29T10:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** A clock that reads this fake time. */
  public Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }
}
