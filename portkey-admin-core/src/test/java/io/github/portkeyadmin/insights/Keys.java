package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.limits.ImmutableUsageLimits;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.virtualkeys.ImmutableVirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Virtual keys and budgets for the key-health tests; now is Tuesday 2026-03-10 12:00 UTC. */
final class Keys {
  static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Keys() {}

  static ImmutableVirtualKey.Builder key(String slug, VirtualKeyStatus status) {
    return ImmutableVirtualKey.builder().slug(slug).status(OpenEnum.of(status));
  }

  static ImmutableVirtualKey.Builder active(String slug) {
    return key(slug, VirtualKeyStatus.ACTIVE);
  }

  /** A cost budget in US dollars. */
  static ImmutableUsageLimits.Builder dollars(String limit) {
    return ImmutableUsageLimits.builder()
        .creditLimit(new BigDecimal(limit)).type(OpenEnum.of(UsageLimitType.COST));
  }

  static ImmutableUsageLimits.Builder tokens(long limit) {
    return ImmutableUsageLimits.builder()
        .creditLimit(BigDecimal.valueOf(limit)).type(OpenEnum.of(UsageLimitType.TOKENS));
  }

  static OpenEnum<PeriodicReset> monthly() {
    return OpenEnum.of(PeriodicReset.MONTHLY);
  }

  static OpenEnum<PeriodicReset> weekly() {
    return OpenEnum.of(PeriodicReset.WEEKLY);
  }
}
