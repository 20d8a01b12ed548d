package io.github.portkeyadmin.virtualkeys;

import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.limits.RateLimit;
import io.github.portkeyadmin.limits.RateLimitType;
import io.github.portkeyadmin.limits.RateLimitUnit;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /virtual-keys}: exact requests, spec and live bodies, statuses, limits, errors. */
class VirtualKeysTest extends ClientTest {
  private static final String PATH = "/v1/virtual-keys";

  private Page<VirtualKey> listFixture(String name) {
    server.enqueue(json(read(getClass(), name)));
    return client.virtualKeys().list();
  }

  private VirtualKey liveKey(int index) {
    return listFixture("list-live.json").items().get(index);
  }

  @Test
  void listSendsFirstPageOfFiftyAndTheKey() throws Exception {
    listFixture("list-spec.json");

    assertThat(takeGetWithKey().getTarget()).isEqualTo(PATH + "?current_page=0&page_size=50");
  }

  @Test
  void listSendsRequestedPageAndSize() throws Exception {
    server.enqueue(json(read(getClass(), "list-spec.json")));

    Page<VirtualKey> page = client.virtualKeys().list(2, 10);

    assertThat(takeGetWithKey().getTarget()).isEqualTo(PATH + "?current_page=2&page_size=10");
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.pageSize()).isEqualTo(10);
  }

  @Test
  void specShapedKeyReadsNameNoteSlugDatesAndRateLimits() {
    Page<VirtualKey> page = listFixture("list-spec.json");

    assertThat(page.total()).isEqualTo(2);
    VirtualKey key = page.items().get(0);
    assertThat(key.slug()).isEqualTo("open-ai-workspace-1a2b3c");
    assertThat(key.id()).isEmpty();
    assertThat(key.name()).contains("Open AI Workspace");
    assertThat(key.note()).contains("randomness");
    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.ACTIVE);
    assertThat(key.resetUsage()).hasValueSatisfying(
        reset -> assertThat(reset).isEqualByComparingTo("0"));
    assertThat(key.createdAt()).contains(Instant.parse("2024-07-30T13:27:29Z"));
    assertThat(key.expiresAt()).contains(Instant.parse("2026-12-31T23:59:59Z"));
    assertThat(key.rateLimits()).singleElement().satisfies(limit -> {
      assertThat(limit.type().value()).isEqualTo(RateLimitType.REQUESTS);
      assertThat(limit.unit().value()).isEqualTo(RateLimitUnit.RPM);
      assertThat(limit.value()).isEqualTo(100);
    });
  }

  @Test
  void specExampleUsageLimitsWithoutTypeReadTypeAsAbsent() {
    UsageLimits budget = listFixture("list-spec.json").items().get(0).usageLimits().orElseThrow();

    assertThat(budget.creditLimit()).hasValueSatisfying(
        limit -> assertThat(limit).isEqualByComparingTo("10"));
    assertThat(budget.periodicReset()).hasValueSatisfying(
        reset -> assertThat(reset.value()).isEqualTo(PeriodicReset.MONTHLY));
    assertThat(budget.type().value()).isEqualTo(UsageLimitType.UNKNOWN);
    assertThat(budget.type().raw()).isEmpty();
    assertThat(budget.alertThreshold()).isEmpty();
  }

  @Test
  void exhaustedTokenBudgetResetsEveryNDaysAndOffsetExpiryIsNormalised() {
    VirtualKey key = listFixture("list-spec.json").items().get(1);

    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.EXHAUSTED);
    assertThat(key.note()).isEmpty();
    assertThat(key.resetUsage()).isEmpty();
    assertThat(key.rateLimits()).isEmpty();
    assertThat(key.expiresAt()).contains(Instant.parse("2024-12-31T18:30:00Z"));
    UsageLimits budget = key.usageLimits().orElseThrow();
    assertThat(budget.type().value()).isEqualTo(UsageLimitType.TOKENS);
    assertThat(budget.creditLimit()).hasValueSatisfying(
        limit -> assertThat(limit).isEqualByComparingTo("500000"));
    assertThat(budget.periodicReset()).isEmpty();
    assertThat(budget.periodicResetDays()).hasValue(30);
    assertThat(budget.nextUsageResetAt()).isEmpty();
  }

  @Test
  void liveRowReadsIdWorkspaceAndProviderAndNullsAsEmpty() {
    VirtualKey key = liveKey(0);

    assertThat(key.id()).contains("fcb56634-53ed-46e6-8d28-aa6da3225c71");
    assertThat(key.slug()).isEqualTo("google");
    assertThat(key.name()).contains("google");
    assertThat(key.note()).contains("Created automatically on integration access grant");
    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.ACTIVE);
    assertThat(key.workspaceId()).contains("6e5a9f93-ae3a-46b4-a87d-2464d373ef7e");
    assertThat(key.provider()).contains("google");
    assertThat(key.createdAt()).contains(Instant.parse("2026-02-23T22:35:50Z"));
    assertThat(key.usageLimits()).isEmpty();
    assertThat(key.rateLimits()).isEmpty();
    assertThat(key.expiresAt()).isEmpty();
    assertThat(key.resetUsage()).isEmpty();
  }

  @Test
  void expiredStatusIsKnown() {
    VirtualKey key = liveKey(1);

    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.EXPIRED);
    assertThat(key.status().raw()).isEqualTo("expired");
    assertThat(key.status().isKnown()).isTrue();
    assertThat(key.expiresAt()).contains(Instant.parse("2026-02-20T00:00:00Z"));
  }

  @Test
  void liveCostBudgetKeepsFractionalDollarsThresholdAndNextReset() {
    UsageLimits budget = liveKey(1).usageLimits().orElseThrow();

    assertThat(budget.creditLimit()).hasValueSatisfying(
        limit -> assertThat(limit).isEqualByComparingTo("250.75"));
    assertThat(budget.type().value()).isEqualTo(UsageLimitType.COST);
    assertThat(budget.alertThreshold()).hasValueSatisfying(
        threshold -> assertThat(threshold).isEqualByComparingTo("200"));
    assertThat(budget.periodicReset()).hasValueSatisfying(reset -> {
      assertThat(reset.value()).isEqualTo(PeriodicReset.MONTHLY);
      assertThat(reset.raw()).isEqualTo("monthly");
    });
    assertThat(budget.periodicResetDays()).isEmpty();
    assertThat(budget.nextUsageResetAt()).contains(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void liveRateLimitsReadTypeUnitAndValue() {
    assertThat(liveKey(1).rateLimits())
        .extracting(limit -> limit.type().value(), limit -> limit.unit().value(), RateLimit::value)
        .containsExactly(
            tuple(RateLimitType.REQUESTS, RateLimitUnit.RPM, 60L),
            tuple(RateLimitType.TOKENS, RateLimitUnit.RPH, 250_000L));
  }

  @Test
  void unknownStatusKeepsRawValue() {
    VirtualKey key = liveKey(2);

    assertThat(key.status().value()).isEqualTo(VirtualKeyStatus.UNKNOWN);
    assertThat(key.status().raw()).isEqualTo("suspended");
    assertThat(key.status().isKnown()).isFalse();
  }

  @Test
  void unknownLimitTypesUnitsAndResetsKeepRawValues() {
    VirtualKey key = liveKey(2);

    UsageLimits budget = key.usageLimits().orElseThrow();
    assertThat(budget.type().value()).isEqualTo(UsageLimitType.UNKNOWN);
    assertThat(budget.type().raw()).isEqualTo("credits");
    assertThat(budget.periodicReset()).hasValueSatisfying(reset -> {
      assertThat(reset.value()).isEqualTo(PeriodicReset.UNKNOWN);
      assertThat(reset.raw()).isEqualTo("quarterly");
    });
    assertThat(budget.alertThreshold()).isEmpty();
    assertThat(key.rateLimits()).singleElement().satisfies(limit -> {
      assertThat(limit.unit().value()).isEqualTo(RateLimitUnit.UNKNOWN);
      assertThat(limit.unit().raw()).isEqualTo("rps");
      assertThat(limit.value()).isEqualTo(5);
    });
  }

  @Test
  void rowWithoutSlugIsMalformedResponse() {
    server.enqueue(json(read(getClass(), "list-missing-slug.json")));

    assertThatThrownBy(() -> client.virtualKeys().list())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /v1/virtual-keys");
  }

  @Test
  void unauthorisedBodyFromSpecBecomesInvalidApiKeyException() {
    server.enqueue(json(401, read(getClass(), "unauthorised.json")));

    assertThatThrownBy(() -> client.virtualKeys().list())
        .isInstanceOfSatisfying(InvalidApiKeyException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.apiMessage()).isEqualTo("Unauthorised Request");
          assertThat(e.errorCode()).isEmpty();
        });
  }

  @Test
  void negativePageIsRejectedBeforeSending() {
    assertRejectedBeforeSending(() -> client.virtualKeys().list(-1, 10), "page");
  }

  @Test
  void pageSizeZeroIsRejectedBeforeSending() {
    assertRejectedBeforeSending(() -> client.virtualKeys().list(0, 0), "pageSize");
  }

  @Test
  void negativePageSizeIsRejectedBeforeSending() {
    assertRejectedBeforeSending(() -> client.virtualKeys().list(0, -5), "pageSize");
  }
}
