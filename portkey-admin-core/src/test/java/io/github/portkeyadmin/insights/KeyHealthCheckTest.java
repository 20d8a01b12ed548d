package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Keys.CLOCK;
import static io.github.portkeyadmin.insights.Keys.NOW;
import static io.github.portkeyadmin.insights.Keys.active;
import static io.github.portkeyadmin.insights.Keys.dollars;
import static io.github.portkeyadmin.insights.Keys.key;
import static io.github.portkeyadmin.insights.Keys.monthly;
import static io.github.portkeyadmin.insights.Keys.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.internal.ObjectMappers;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.virtualkeys.ImmutableVirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeyStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts and reasons; usage windows are in {@link UsageWindowTest}. */
class KeyHealthCheckTest {
  private final KeyHealthCheck check = KeyHealthCheck.at(CLOCK);

  @Test
  void anExhaustedKeySaysWhichBudgetAndWhenItResets() {
    VirtualKey key = key("openai-batch", VirtualKeyStatus.EXHAUSTED)
        .usageLimits(dollars("250").periodicReset(monthly())
            .nextUsageResetAt(Instant.parse("2026-04-01T00:00:00Z")).build())
        .build();

    KeyHealth health = check.check(key);

    assertThat(health.verdict()).isEqualTo(KeyVerdict.EXHAUSTED);
    // 2026-03-10T12:00 to 2026-04-01T00:00 is 21.5 days, said as 22.
    assertThat(health.reason()).isEqualTo(
        "status exhausted: $250.00 monthly cost budget used up; resets 2026-04-01 (in 22 days)");
    assertThat(health.needsAttention()).isTrue();
  }

  @Test
  void anExhaustedKeyWithoutBudgetSaysOnlyItsStatus() {
    KeyHealth health = check.check(key("k", VirtualKeyStatus.EXHAUSTED)
        .expiresAt(NOW.minus(Duration.ofDays(1))).build());

    assertThat(health.verdict()).isEqualTo(KeyVerdict.EXHAUSTED);
    assertThat(health.reason()).isEqualTo("status exhausted");
  }

  @Test
  void aResetAlreadyPastIsNotAnnounced() {
    KeyHealth health = check.check(key("k", VirtualKeyStatus.EXHAUSTED)
        .usageLimits(dollars("10").nextUsageResetAt(NOW.minusSeconds(1)).build()).build());

    assertThat(health.reason()).isEqualTo("status exhausted: $10.00 cost budget used up");
  }

  @Test
  void anExpiredStatusIsExpired() {
    KeyHealth health = check.check(key("k", VirtualKeyStatus.EXPIRED)
        .expiresAt(Instant.parse("2026-03-01T00:00:00Z")).build());

    assertThat(health.verdict()).isEqualTo(KeyVerdict.EXPIRED);
    assertThat(health.reason()).isEqualTo("status expired; expires_at 2026-03-01");
    assertThat(check.check(key("k", VirtualKeyStatus.EXPIRED).build()).reason())
        .isEqualTo("status expired");
  }

  @Test
  void aPastExpiryIsExpiredEvenWhileTheStatusSaysActive() {
    KeyHealth health = check.check(active("k").expiresAt(NOW.minus(Duration.ofDays(9))).build());

    assertThat(health.verdict()).isEqualTo(KeyVerdict.EXPIRED);
    assertThat(health.reason()).isEqualTo("expired 2026-03-01 (9 days ago); status still active");
  }

  @Test
  void anExpiryExactlyNowIsExpired() {
    assertThat(check.check(active("k").expiresAt(NOW).build()).verdict())
        .isEqualTo(KeyVerdict.EXPIRED);
  }

  @Test
  void aKeyExpiringInThreeDaysIsExpiring() {
    KeyHealth health = check.check(active("k").expiresAt(NOW.plus(Duration.ofDays(3))).build());

    assertThat(health.verdict()).isEqualTo(KeyVerdict.EXPIRING);
    assertThat(health.reason()).isEqualTo("expires 2026-03-13 (in 3 days)");
  }

  @Test
  void theSevenDayWindowIncludesItsLastInstant() {
    Instant edge = NOW.plus(Duration.ofDays(7));

    assertThat(check.check(active("k").expiresAt(edge).build()).verdict())
        .isEqualTo(KeyVerdict.EXPIRING);
    assertThat(check.check(active("k").expiresAt(edge.plusSeconds(1)).build()).verdict())
        .isEqualTo(KeyVerdict.HEALTHY);
  }

  @Test
  void expiryWithinHoursIsSaidInHours() {
    KeyHealth health = check.check(active("k").expiresAt(NOW.plus(Duration.ofHours(5))).build());

    assertThat(health.reason()).isEqualTo("expires 2026-03-10 (in 5 hours)");
  }

  @Test
  void theWindowCanBeChangedOrTurnedOff() {
    VirtualKey key = active("k").expiresAt(NOW.plus(Duration.ofDays(20))).build();

    assertThat(check.withExpiryWindow(Duration.ofDays(30)).check(key).verdict())
        .isEqualTo(KeyVerdict.EXPIRING);
    assertThat(check.withExpiryWindow(Duration.ZERO)
        .check(active("k").expiresAt(NOW.plusSeconds(60)).build()).verdict())
        .isEqualTo(KeyVerdict.HEALTHY);
  }

  @Test
  void aKeyWithoutExpiryOrBudgetIsHealthy() {
    KeyHealth health = check.check(active("k").build());

    assertThat(health.verdict()).isEqualTo(KeyVerdict.HEALTHY);
    assertThat(health.reason()).isEqualTo("active; no expiry; no budget");
    assertThat(health.usedPercent()).isEmpty();
    assertThat(health.needsAttention()).isFalse();
  }

  @Test
  void aHealthyKeyDescribesItsExpiryAndBudget() {
    KeyHealth health = check.check(active("k").expiresAt(NOW.plus(Duration.ofDays(60)))
        .usageLimits(dollars("500").periodicReset(monthly()).build()).build());

    assertThat(health.reason())
        .isEqualTo("active; expires 2026-05-09 (in 60 days); $500.00 monthly cost budget "
            + "(usage not supplied)");
  }

  @Test
  void unknownAndMissingStatusesFromTheServerAreNotCalledHealthy() {
    List<KeyHealth> verdicts = check.checkAll(readKeys());

    assertThat(verdicts).extracting(h -> h.key().slug())
        .containsExactly("anthropic", "no-status", "google");
    assertThat(verdicts.get(0).verdict()).isEqualTo(KeyVerdict.UNKNOWN_STATUS);
    assertThat(verdicts.get(0).reason())
        .isEqualTo("status \"suspended\" is not one this SDK knows; check the key in Portkey");
    assertThat(verdicts.get(1).verdict()).isEqualTo(KeyVerdict.UNKNOWN_STATUS);
    assertThat(verdicts.get(1).reason()).isEqualTo("the server sent no status");
    assertThat(verdicts.get(2).verdict()).isEqualTo(KeyVerdict.HEALTHY);
  }

  @Test
  void anUnknownStatusOutranksExpiringButNotAPastExpiry() {
    VirtualKey expiring = key("k", VirtualKeyStatus.ACTIVE).status(
        OpenEnum.of(VirtualKeyStatus.class, "suspended"))
        .expiresAt(NOW.plus(Duration.ofDays(1))).build();
    VirtualKey expired = key("k", VirtualKeyStatus.ACTIVE).status(
        OpenEnum.of(VirtualKeyStatus.class, "suspended"))
        .expiresAt(NOW.minus(Duration.ofHours(1))).build();

    assertThat(check.check(expiring).verdict()).isEqualTo(KeyVerdict.UNKNOWN_STATUS);
    assertThat(check.check(expired).reason())
        .isEqualTo("expired 2026-03-10 (1 hour ago); status still suspended");
    assertThat(check.check(key("k", VirtualKeyStatus.ACTIVE)
        .status(OpenEnum.absent(VirtualKeyStatus.class)).expiresAt(NOW.minusSeconds(60)).build())
        .reason()).isEqualTo("expired 2026-03-10 (1 minute ago); status still without status");
  }

  @Test
  void aKeyAtItsAlertThresholdIsNearItsLimit() {
    VirtualKey key = active("k").usageLimits(dollars("1000").alertThreshold(new BigDecimal("800"))
        .periodicReset(monthly()).build()).build();

    KeyHealth health = check.check(key, KeyUsage.ofCostCents(new BigDecimal("85000")));

    assertThat(health.verdict()).isEqualTo(KeyVerdict.NEAR_LIMIT);
    assertThat(health.reason()).isEqualTo(
        "used $850.00 of its $1,000.00 monthly cost budget (85.0%), alert at $800.00");
    assertThat(health.usedPercent()).contains(new BigDecimal("85.0"));
  }

  @Test
  void belowTheAlertThresholdTheKeyIsHealthyEvenPastEightyPercent() {
    VirtualKey key = active("k").usageLimits(dollars("1000").alertThreshold(new BigDecimal("900"))
        .build()).build();

    KeyHealth health = check.check(key, KeyUsage.ofCostCents(new BigDecimal("85000")));

    assertThat(health.verdict()).isEqualTo(KeyVerdict.HEALTHY);
    assertThat(health.reason())
        .isEqualTo("active; no expiry; $1,000.00 cost budget, $850.00 used (85.0%)");
  }

  @Test
  void withoutAlertThresholdEightyPercentOfTheLimitIsNearComparedExactly() {
    VirtualKey key = active("k").usageLimits(dollars("500").build()).build();

    assertThat(check.check(key, KeyUsage.ofCostCents(new BigDecimal("40000"))).verdict())
        .isEqualTo(KeyVerdict.NEAR_LIMIT);
    // 399.99 of 500 is 79.998%: shown as 80.0% but not yet near.
    KeyHealth below = check.check(key, KeyUsage.ofCostCents(new BigDecimal("39999")));
    assertThat(below.verdict()).isEqualTo(KeyVerdict.HEALTHY);
    assertThat(below.usedPercent()).contains(new BigDecimal("80.0"));
    assertThat(check.withNearLimitPercent(50)
        .check(key, KeyUsage.ofCostCents(new BigDecimal("25000"))).verdict())
        .isEqualTo(KeyVerdict.NEAR_LIMIT);
  }

  @Test
  void costUsageInCentsIsComparedWithABudgetInDollars() {
    // 900 cents = $9 of a $10 budget: 90%, not 9000%.
    KeyHealth health = check.check(active("k").usageLimits(dollars("10").build()).build(),
        KeyUsage.ofCostCents(new BigDecimal("900")));

    assertThat(health.usedPercent()).contains(new BigDecimal("90.0"));
    assertThat(health.reason()).isEqualTo("used $9.00 of its $10.00 cost budget (90.0%)");
  }

  @Test
  void aTokenBudgetCountsTokens() {
    VirtualKey key = active("k").usageLimits(tokens(100_000).periodicReset(Keys.weekly()).build())
        .build();

    KeyHealth health = check.check(key, KeyUsage.ofTokens(91_000));

    assertThat(health.verdict()).isEqualTo(KeyVerdict.NEAR_LIMIT);
    assertThat(health.reason()).isEqualTo(
        "used 91,000 tokens of its weekly budget of 100,000 tokens (91.0%)");
  }

  @Test
  void usageOfAnotherTypeThanTheBudgetIsIgnored() {
    KeyHealth health = check.check(active("k").usageLimits(dollars("10").build()).build(),
        KeyUsage.ofTokens(1_000_000));

    assertThat(health.verdict()).isEqualTo(KeyVerdict.HEALTHY);
    assertThat(health.usedPercent()).isEmpty();
    assertThat(health.reason()).endsWith("$10.00 cost budget (usage not supplied)");
  }

  @Test
  void aBudgetOfUnknownTypeIsDescribedRaw() {
    VirtualKey key = ImmutableVirtualKey.builder().from(readKeys().get(0))
        .status(OpenEnum.of(VirtualKeyStatus.ACTIVE)).build();

    KeyHealth health = check.check(key, KeyUsage.ofCostCents(BigDecimal.TEN));

    assertThat(health.reason()).isEqualTo(
        "active; no expiry; quarterly budget of 100 (type \"credits\") (usage not supplied)");
  }

  @Test
  void aBudgetResetEveryNDaysSaysSo() {
    VirtualKey key = active("k").usageLimits(dollars("50").periodicResetDays(30).build()).build();

    assertThat(check.check(key, KeyUsage.ofCostCents(new BigDecimal("100"))).reason())
        .isEqualTo("active; no expiry; $50.00 30-day cost budget, $1.00 used (2.0%)");
  }

  @Test
  void checkAllPutsTheMostUrgentFirstAndKeepsTheOrderWithinAVerdict() {
    List<VirtualKey> keys = List.of(
        active("healthy-1").build(),
        active("expiring").expiresAt(NOW.plus(Duration.ofDays(3))).build(),
        key("exhausted", VirtualKeyStatus.EXHAUSTED).build(),
        active("near").usageLimits(dollars("100").build()).build(),
        active("healthy-2").build(),
        key("expired", VirtualKeyStatus.EXPIRED).build());

    List<KeyHealth> verdicts = check.checkAll(keys,
        Map.of("near", KeyUsage.ofCostCents(new BigDecimal("9500"))));

    assertThat(verdicts).extracting(h -> h.key().slug()).containsExactly(
        "exhausted", "expired", "expiring", "near", "healthy-1", "healthy-2");
    assertThat(verdicts).extracting(KeyHealth::verdict).containsExactly(
        KeyVerdict.EXHAUSTED, KeyVerdict.EXPIRED, KeyVerdict.EXPIRING, KeyVerdict.NEAR_LIMIT,
        KeyVerdict.HEALTHY, KeyVerdict.HEALTHY);
    assertThatThrownBy(() -> verdicts.add(verdicts.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> check.withExpiryWindow(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiry window must be >= 0 (default 7 days), got PT-24H");
    assertThatThrownBy(() -> check.withNearLimitPercent(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("near-limit percent must be 1 to 100 (default 80), got 0");
    assertThatThrownBy(() -> check.withNearLimitPercent(101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(check.withNearLimitPercent(100)).isNotNull();
    assertThatThrownBy(() -> KeyHealthCheck.at(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> check.check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> check.check(active("k").build(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> check.checkAll(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> check.withExpiryWindow(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void verdictsSerializeWithJackson() throws Exception {
    ObjectMapper mapper = ObjectMappers.create();
    KeyHealth health = check.check(active("k").expiresAt(NOW.plus(Duration.ofDays(3))).build());

    JsonNode json = mapper.readTree(mapper.writeValueAsString(health));

    assertThat(json.get("verdict").asText()).isEqualTo("EXPIRING");
    assertThat(json.get("key").get("slug").asText()).isEqualTo("k");
    assertThat(json.get("key").get("status").asText()).isEqualTo("active");
  }

  private static List<VirtualKey> readKeys() {
    try {
      return ObjectMappers.create().readValue(
          Fixtures.read(KeyHealthCheckTest.class, "keys-live.json"),
          new TypeReference<List<VirtualKey>>() {});
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
