package io.github.portkeyadmin.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The window of an analytics query: {@code time_of_generation_min} to {@code
 * time_of_generation_max}.
 *
 * <p>Sent as ISO-8601 with offset at second precision ({@code 2026-02-23T14:20:31+05:30}); the
 * offset given is kept, so buckets follow the caller's zone. Instants are sent in UTC ({@code
 * +00:00}). Sub-second parts are dropped. Immutable and thread-safe.
 */
public final class TimeRange {
  private final OffsetDateTime start;
  private final OffsetDateTime end;

  private TimeRange(OffsetDateTime start, OffsetDateTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A range between two date-times, keeping their offsets.
   *
   * @param start the inclusive start
   * @param end the end, after {@code start}
   * @return the range
   * @throws IllegalArgumentException if {@code end} is not after {@code start} at second precision
   */
  public static TimeRange of(OffsetDateTime start, OffsetDateTime end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    OffsetDateTime from = start.truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime to = end.truncatedTo(ChronoUnit.SECONDS);
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("timeRange start (" + from + ") must be before its end ("
          + to + ") at second precision; pass the earlier time first");
    }
    return new TimeRange(from, to);
  }

  /**
   * A range between two instants, sent in UTC.
   *
   * @param start the inclusive start
   * @param end the end, after {@code start}
   * @return the range
   * @throws IllegalArgumentException if {@code end} is not after {@code start} at second precision
   */
  public static TimeRange of(Instant start, Instant end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    return of(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
  }

  /**
   * The last {@code days} days up to now, in UTC.
   *
   * @param days how many days back, at least 1
   * @return the range
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public static TimeRange lastDays(int days) {
    return lastDays(days, Clock.systemUTC());
  }

  /**
   * The last {@code days} days up to the clock's now, in the clock's zone.
   *
   * @param days how many days back, at least 1
   * @param clock the source of now and of the zone
   * @return the range
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public static TimeRange lastDays(int days, Clock clock) {
    return last(days, "days", Duration.ofDays(days), clock);
  }

  /**
   * The last {@code hours} hours up to now, in UTC.
   *
   * @param hours how many hours back, at least 1
   * @return the range
   * @throws IllegalArgumentException if {@code hours} is below 1
   */
  public static TimeRange lastHours(int hours) {
    return lastHours(hours, Clock.systemUTC());
  }

  /**
   * The last {@code hours} hours up to the clock's now, in the clock's zone.
   *
   * @param hours how many hours back, at least 1
   * @param clock the source of now and of the zone
   * @return the range
   * @throws IllegalArgumentException if {@code hours} is below 1
   */
  public static TimeRange lastHours(int hours, Clock clock) {
    return last(hours, "hours", Duration.ofHours(hours), clock);
  }

  private static TimeRange last(int amount, String unit, Duration length, Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    if (amount < 1) {
      throw new IllegalArgumentException(unit + " must be >= 1, got " + amount);
    }
    OffsetDateTime end = OffsetDateTime.now(clock);
    return of(end.minus(length), end);
  }

  /**
   * The start, sent as {@code time_of_generation_min}.
   *
   * @return the start, at second precision
   */
  public OffsetDateTime start() {
    return start;
  }

  /**
   * The end, sent as {@code time_of_generation_max}.
   *
   * @return the end, at second precision
   */
  public OffsetDateTime end() {
    return end;
  }

  /**
   * The length of the range.
   *
   * @return end minus start
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeRange that && start.equals(that.start) && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return start + "/" + end;
  }
}
