package io.github.portkeyadmin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/** Reads how long a server asked the client to wait: {@code retry-after-ms} or {@code Retry-After}. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Reads {@code retry-after-ms} (milliseconds), else {@code Retry-After} as seconds or an
   * HTTP-date. A date in the past reads as zero; an unreadable value as empty.
   *
   * @param headers the response headers
   * @param clock the source of now, for HTTP-dates
   * @return the wait, or empty
   */
  public static Optional<Duration> parse(Headers headers, Clock clock) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      Optional<Duration> wait = number(millis).map(Duration::ofMillis);
      if (wait.isPresent()) {
        return wait;
      }
    }
    String value = headers.get("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    Optional<Duration> seconds = number(value).map(Duration::ofSeconds);
    return seconds.isPresent() ? seconds : httpDate(value, clock);
  }

  private static Optional<Long> number(String text) {
    try {
      long value = Long.parseLong(text.trim());
      return value < 0 ? Optional.empty() : Optional.of(value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> httpDate(String text, Clock clock) {
    try {
      ZonedDateTime at = ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
