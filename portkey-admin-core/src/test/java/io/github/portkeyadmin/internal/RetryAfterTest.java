package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  private static Headers headers(String... namesAndValues) {
    return Headers.of(namesAndValues);
  }

  @Test
  void secondsAreRead() {
    assertThat(RetryAfter.parse(headers("Retry-After", "12"), CLOCK)).contains(Duration.ofSeconds(12));
  }

  @Test
  void httpDateIsReadRelativeToTheClock() {
    assertThat(RetryAfter.parse(headers("Retry-After", "Sun, 29 Nov 2026 10:00:30 GMT"), CLOCK))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void httpDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse(headers("Retry-After", "Sun, 29 Nov 2026 09:00:00 GMT"), CLOCK))
        .contains(Duration.ZERO);
  }

  @Test
  void millisecondsHeaderWinsOverRetryAfter() {
    assertThat(RetryAfter.parse(headers("retry-after-ms", "1500", "Retry-After", "9"), CLOCK))
        .contains(Duration.ofMillis(1500));
  }

  @Test
  void unreadableMillisecondsFallBackToRetryAfter() {
    assertThat(RetryAfter.parse(headers("retry-after-ms", "soon", "Retry-After", "9"), CLOCK))
        .contains(Duration.ofSeconds(9));
  }

  @Test
  void missingNegativeOrGarbageValuesAreEmpty() {
    assertThat(RetryAfter.parse(headers(), CLOCK)).isEmpty();
    assertThat(RetryAfter.parse(headers("Retry-After", "-5"), CLOCK)).isEmpty();
    assertThat(RetryAfter.parse(headers("Retry-After", "tomorrow"), CLOCK)).isEmpty();
  }
}
