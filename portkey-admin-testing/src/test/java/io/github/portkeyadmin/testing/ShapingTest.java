package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.insights.KeyHealth;
import io.github.portkeyadmin.insights.KeyHealthCheck;
import io.github.portkeyadmin.insights.KeyUsage;
import io.github.portkeyadmin.insights.KeyVerdict;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A test changes the organisation, and every answer follows. */
class ShapingTest {
  private static final Instant NOW = Instant.parse("2026-03-18T10:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void aKeyThatExpiresTomorrowIsExpiring() {
    Organisation org = Organisation.demo().at(NOW)
        .plusVirtualKey(FakeKey.of("demo-day", "openai").expiringIn(Duration.ofDays(1)));

    try (PortkeyTestServer server = PortkeyTestServer.start(org)) {
      VirtualKey key = server.client().virtualKeys().get("demo-day");

      assertThat(key.expiresAt()).hasValue(NOW.plus(Duration.ofDays(1)));
      assertThat(KeyHealthCheck.at(CLOCK).check(key).verdict()).isEqualTo(KeyVerdict.EXPIRING);
    }
  }

  @Test
  void aBudgetSizedToUsageIsNearItsLimitWhenMeasured() {
    Organisation org = Organisation.demo().at(NOW).withVirtualKeys(List.of(
        FakeKey.of("hot", "openai").withTrafficShare(0.2)
            .withBudget(Budget.costDollars(1).sizedToUse(95).monthly())));

    try (PortkeyTestServer server = PortkeyTestServer.start(org)) {
      PortkeyAdminClient client = server.client();
      VirtualKey key = client.virtualKeys().get("hot");
      KeyHealthCheck check = KeyHealthCheck.at(CLOCK);
      CostAnalytics used = client.analytics().cost(AnalyticsQuery.builder()
          .workspaceSlug("ws-prod").timeRange(check.usageWindow(key).orElseThrow())
          .addVirtualKeys("hot").build());

      KeyHealth health = check.check(key, KeyUsage.ofCostCents(used.summary().total()));
      assertThat(health.verdict()).isEqualTo(KeyVerdict.NEAR_LIMIT);
      assertThat(health.usedPercent()).hasValueSatisfying(p ->
          assertThat(p.doubleValue()).isBetween(94.0, 95.0));
    }
  }

  @Test
  void aModelsDailySpendIsWhatTheCostGraphShowsForEachWholeDay() {
    Organisation org = Organisation.demo().at(NOW)
        .withDailySpend("gpt-4o", new BigDecimal("250"));

    try (PortkeyTestServer server = PortkeyTestServer.start(org)) {
      CostAnalytics cost = server.client().analytics().cost(AnalyticsQuery.builder()
          .workspaceSlug("ws-prod").timeRange(TimeRange.lastDays(30, CLOCK))
          .addModel("openai", "gpt-4o").build());

      List<CostDataPoint> whole = cost.dataPoints().subList(1, cost.dataPoints().size() - 1);
      assertThat(whole).hasSize(29).allSatisfy(day ->
          assertThat(day.totalDollars()).isEqualByComparingTo("250"));
    }
  }

  @Test
  void tenThousandKeysPageAsTheRealApi() {
    Organisation org = Organisation.demo().withVirtualKeys(FakeKey.many("key-", 10_000));

    try (PortkeyTestServer server = PortkeyTestServer.start(org)) {
      var first = server.client().virtualKeys().list();

      assertThat(first.total()).isEqualTo(10_000);
      assertThat(first.items()).hasSize(50);
      assertThat(server.client().virtualKeys().list(199, 50).items()).last()
          .extracting(VirtualKey::slug).isEqualTo("key-9999");
      assertThat(server.client().virtualKeys().list(3, 1000).items().get(0).slug())
          .isEqualTo("key-3000");
      assertThat(first.autoPager().stream().count()).isEqualTo(10_000);
      // the auto-pager starts from the page already fetched: 199 more pages
      assertThat(server.requests("/virtual-keys")).hasSize(1 + 1 + 1 + 199);
    }
  }

  @Test
  void aFixedClockGivesTheSameDataEveryTimeAndMovesWithIt() {
    Organisation fixed = Organisation.demo().at(NOW);
    try (PortkeyTestServer one = PortkeyTestServer.start(fixed);
        PortkeyTestServer two = PortkeyTestServer.start(fixed);
        PortkeyTestServer later = PortkeyTestServer.start(fixed.at(NOW.plus(Duration.ofDays(2))))) {
      assertThat(total(one)).isEqualTo(total(two));
      assertThat(total(later)).isNotEqualTo(total(one));
    }
  }

  private static long total(PortkeyTestServer server) {
    return server.client().analytics().requests(AnalyticsQuery.builder().workspaceSlug("ws-prod")
        .timeRange(TimeRange.lastDays(7, CLOCK)).build()).summary().total();
  }

  @Test
  void workspaceIdSelectsByUuidOrSlug() {
    Organisation org = Organisation.demo()
        .plusVirtualKey(FakeKey.of("research-key", "anthropic").inWorkspace("ws-research"));

    try (PortkeyTestServer server = PortkeyTestServer.start(org)) {
      var bySlug = server.client().providers().list(io.github.portkeyadmin.ListQuery.builder()
          .workspaceId("ws-research").build());
      var byId = server.client().providers().list(io.github.portkeyadmin.ListQuery.builder()
          .workspaceId("2a3b4c5d-6e7f-4081-9213-a4b5c6d7e8f9").build());

      assertThat(bySlug.items()).extracting(p -> p.slug()).containsExactly("research-key");
      assertThat(byId.total()).isEqualTo(1);
      assertThat(server.client().logExports().list("ws-research")).isEmpty();
      assertThat(server.client().logExports().list("ws-prod")).hasSize(4);
    }
  }

  @Test
  void invalidDescriptionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> Organisation.demo().plusVirtualKey(FakeKey.of("openai-prod", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two of the virtual keys have the slug openai-prod");
    assertThatThrownBy(() -> Organisation.demo().withWorkspaces(List.of()))
        .hasMessageContaining("at least one workspace");
    assertThatThrownBy(() -> Organisation.demo()
        .plusVirtualKey(FakeKey.of("k", "openai").inWorkspace("ws-nope")))
        .hasMessageContaining("names workspace ws-nope");
    assertThatThrownBy(() -> Organisation.demo().withDailySpend("gpt-9", BigDecimal.ONE))
        .hasMessageContaining("no model gpt-9");
    assertThatThrownBy(() -> FakeKey.of("k", "openai").withTrafficShare(2))
        .hasMessageContaining("0 to 1");
    assertThatThrownBy(() -> Budget.costDollars(0)).hasMessageContaining(">= 1");
    assertThat(Organisation.demo().metadata()).containsKeys("team", "env");
    assertThat(Map.copyOf(Organisation.demo().metadata().get("env"))).containsKey("production");
  }
}
