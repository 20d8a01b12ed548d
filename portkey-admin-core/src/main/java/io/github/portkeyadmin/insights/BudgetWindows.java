package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.limits.UsageLimits;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** When a budget's usage counter last started, as far as the key's fields tell. */
final class BudgetWindows {
  private BudgetWindows() {}

  /**
   * Weekly: the last Sunday 00:00 UTC. Monthly: the 1st 00:00 UTC. Every N days: the next reset
   * minus N days. No reset: the key's creation. Empty when the fields do not tell.
   */
  static Optional<Instant> start(UsageLimits limits, Optional<Instant> createdAt, Instant now) {
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    if (limits.periodicReset().isPresent()) {
      OpenEnum<PeriodicReset> reset = limits.periodicReset().get();
      if (reset.is(PeriodicReset.WEEKLY)) {
        LocalDate sunday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return Optional.of(midnight(sunday));
      }
      if (reset.is(PeriodicReset.MONTHLY)) {
        return Optional.of(midnight(today.withDayOfMonth(1)));
      }
      return Optional.empty();
    }
    if (limits.periodicResetDays().isPresent()) {
      Duration period = Duration.ofDays(limits.periodicResetDays().getAsInt());
      return limits.nextUsageResetAt().map(next -> next.minus(period));
    }
    return createdAt;
  }

  private static Instant midnight(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
