package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Keys.CLOCK;
import static io.github.portkeyadmin.insights.Keys.NOW;
import static io.github.portkeyadmin.insights.Keys.active;
import static io.github.portkeyadmin.insights.Keys.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** From the budget's last reset to now (Tuesday 2026-03-10 12:00 UTC). */
class UsageWindowTest {
  private final KeyHealthCheck check = KeyHealthCheck.at(CLOCK);

  private static Optional<Instant> start(KeyHealthCheck check, VirtualKey key) {
    return check.usageWindow(key).map(range -> range.start().toInstant());
  }

  @Test
  void aMonthlyBudgetCountsFromTheFirstOfTheMonthUntilNow() {
    VirtualKey key = active("k").usageLimits(dollars("5").periodicReset(Keys.monthly()).build())
        .build();

    assertThat(check.usageWindow(key)).contains(
        TimeRange.of(Instant.parse("2026-03-01T00:00:00Z"), NOW));
  }

  @Test
  void aWeeklyBudgetCountsFromTheLastSunday() {
    VirtualKey key = active("k").usageLimits(dollars("5").periodicReset(Keys.weekly()).build())
        .build();

    assertThat(start(check, key)).contains(Instant.parse("2026-03-08T00:00:00Z"));
    KeyHealthCheck onSunday = KeyHealthCheck.at(
        Clock.fixed(Instant.parse("2026-03-08T05:00:00Z"), ZoneOffset.UTC));
    assertThat(start(onSunday, key)).contains(Instant.parse("2026-03-08T00:00:00Z"));
  }

  @Test
  void aBudgetResetEveryNDaysCountsFromTheNextResetMinusN() {
    VirtualKey key = active("k").usageLimits(dollars("5").periodicResetDays(30)
        .nextUsageResetAt(Instant.parse("2026-03-20T00:00:00Z")).build()).build();

    assertThat(start(check, key)).contains(Instant.parse("2026-02-18T00:00:00Z"));
  }

  @Test
  void aBudgetWithoutResetCountsFromTheKeysCreation() {
    Instant created = Instant.parse("2025-12-24T10:15:30.500Z");
    VirtualKey key = active("k").usageLimits(dollars("5").build()).createdAt(created).build();

    assertThat(start(check, key)).contains(Instant.parse("2025-12-24T10:15:30Z"));
  }

  @Test
  void whenTheFieldsDoNotTellThereIsNoWindow() {
    assertThat(check.usageWindow(active("no-budget").build())).isEmpty();
    assertThat(check.usageWindow(active("no-limit").usageLimits(
        dollars("5").creditLimit(Optional.empty()).build()).build())).isEmpty();
    assertThat(check.usageWindow(active("no-creation").usageLimits(dollars("5").build()).build()))
        .isEmpty();
    assertThat(check.usageWindow(active("n-days-no-next").usageLimits(
        dollars("5").periodicResetDays(7).build()).build())).isEmpty();
    assertThat(check.usageWindow(active("unknown-reset").usageLimits(dollars("5")
        .periodicReset(OpenEnum.of(PeriodicReset.class, "quarterly")).build()).build())).isEmpty();
    assertThat(check.usageWindow(active("future").usageLimits(dollars("5").build())
        .createdAt(NOW.plusSeconds(10)).build())).isEmpty();
  }
}
