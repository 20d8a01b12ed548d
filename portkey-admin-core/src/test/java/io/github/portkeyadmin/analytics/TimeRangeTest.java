package io.github.portkeyadmin.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeRangeTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.250Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void lastDaysEndsAtTheClocksNowAtSecondPrecision() {
    TimeRange range = TimeRange.lastDays(30, CLOCK);

    assertThat(range.end().toInstant()).isEqualTo("2026-11-29T10:15:30Z");
    assertThat(range.start().toInstant()).isEqualTo("2026-10-30T10:15:30Z");
    assertThat(range.duration()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void lastHoursKeepsTheClocksZoneOffset() {
    Clock kolkata = Clock.fixed(NOW, ZoneId.of("Asia/Kolkata"));

    TimeRange range = TimeRange.lastHours(6, kolkata);

    assertThat(range.end().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(range.duration()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void systemClockVariantsCoverTheRequestedLength() {
    assertThat(TimeRange.lastDays(1).duration()).isEqualTo(Duration.ofDays(1));
    assertThat(TimeRange.lastHours(2).duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void instantsAreHeldInUtc() {
    TimeRange range = TimeRange.of(NOW.minusSeconds(60), NOW);

    assertThat(range.start().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(range.toString()).isEqualTo("2026-11-29T10:14:30Z/2026-11-29T10:15:30Z");
  }

  @Test
  void invertedRangeIsRejectedWithTheFix() {
    assertThatThrownBy(() -> TimeRange.of(NOW, NOW.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before its end")
        .hasMessageContaining("pass the earlier time first");
  }

  @Test
  void rangeShorterThanASecondIsEmptyAndRejected() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-29T10:15:30.100Z");

    assertThatThrownBy(() -> TimeRange.of(start, start.plusNanos(500_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at second precision");
  }

  @Test
  void nonPositiveLengthsAreRejected() {
    assertThatThrownBy(() -> TimeRange.lastDays(0, CLOCK)).hasMessage("days must be >= 1, got 0");
    assertThatThrownBy(() -> TimeRange.lastHours(-3, CLOCK)).hasMessage("hours must be >= 1, got -3");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> TimeRange.of((Instant) null, NOW)).hasMessage("start == null");
    assertThatThrownBy(() -> TimeRange.of(OffsetDateTime.now(), null)).hasMessage("end == null");
    assertThatThrownBy(() -> TimeRange.lastDays(1, null)).hasMessage("clock == null");
  }

  @Test
  void equalRangesAreEqual() {
    TimeRange a = TimeRange.of(NOW.minusSeconds(5), NOW);
    TimeRange b = TimeRange.of(NOW.minusSeconds(5).atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(TimeRange.of(NOW.minusSeconds(6), NOW));
  }
}
