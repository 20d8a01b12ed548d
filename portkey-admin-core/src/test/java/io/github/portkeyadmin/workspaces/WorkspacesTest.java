package io.github.portkeyadmin.workspaces;

import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.limits.PeriodicReset;
import io.github.portkeyadmin.limits.RateLimit;
import io.github.portkeyadmin.limits.RateLimitType;
import io.github.portkeyadmin.limits.RateLimitUnit;
import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/workspaces}: exact requests, spec and live bodies, and query validation. */
class WorkspacesTest extends ClientTest {
  private static final String PATH = "/v1/admin/workspaces";

  private Page<Workspace> listFixture(String name) {
    server.enqueue(json(read(getClass(), name)));
    return client.workspaces().list();
  }

  @Test
  void listSendsDefaultPageAndSizeAndTheKey() throws Exception {
    listFixture("list-spec.json");

    assertThat(takeGetWithKey().getTarget()).isEqualTo(PATH + "?page_size=50&current_page=0");
  }

  @Test
  void listWithQuerySendsPageSizeNameAndStatusesAsCsvInSpecOrder() throws Exception {
    server.enqueue(json(read(getClass(), "list-live.json")));

    client.workspaces().list(WorkspaceQuery.builder()
        .page(2)
        .pageSize(10)
        .name("Team WS")
        .addStatuses(WorkspaceStatus.ARCHIVED, WorkspaceStatus.ACTIVE)
        .build());

    RecordedRequest request = takeGetWithKey();
    assertThat(request.getTarget()).isEqualTo(
        PATH + "?page_size=10&current_page=2&name=Team%20WS&status=active%2Carchived");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("active,archived");
  }

  @Test
  void listWithExactNameSendsExactNameOnly() throws Exception {
    server.enqueue(json(read(getClass(), "list-live.json")));

    client.workspaces().list(WorkspaceQuery.builder()
        .exactName("Shared Team Workspace")
        .addStatuses(WorkspaceStatus.ARCHIVED)
        .build());

    assertThat(takeGetWithKey().getTarget()).isEqualTo(
        PATH + "?page_size=50&current_page=0&exact_name=Shared%20Team%20Workspace"
            + "&status=archived");
  }

  @Test
  void nextPageKeepsPageSizeAndFilters() throws Exception {
    server.enqueue(json(read(getClass(), "page-of-one.json")));
    server.enqueue(json(read(getClass(), "page-of-one.json")));

    Page<Workspace> first = client.workspaces().list(
        WorkspaceQuery.builder().pageSize(1).name("prod").build());
    assertThat(first.hasNextPage()).isTrue();
    Page<Workspace> second = first.nextPage();

    assertThat(takeGetWithKey().getTarget())
        .isEqualTo(PATH + "?page_size=1&current_page=0&name=prod");
    assertThat(takeGetWithKey().getTarget())
        .isEqualTo(PATH + "?page_size=1&current_page=1&name=prod");
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void specExampleReadsZonelessDatesAsUtc() {
    Page<Workspace> page = listFixture("list-spec.json");

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.page()).isZero();
    assertThat(page.pageSize()).isEqualTo(50);
    assertThat(page.hasNextPage()).isFalse();
    Workspace workspace = page.items().get(0);
    assertThat(workspace.id()).isEqualTo("test-prod-ws-12345");
    assertThat(workspace.name()).contains("Test prod workspace");
    assertThat(workspace.description()).contains("This is a production workspace");
    assertThat(workspace.createdAt()).contains(Instant.parse("2023-07-13T13:51:27Z"));
    assertThat(workspace.lastUpdatedAt()).contains(Instant.parse("2023-07-13T14:51:27Z"));
  }

  @Test
  void specExampleLeavesUndeclaredFieldsEmpty() {
    Workspace workspace = listFixture("list-spec.json").items().get(1);

    assertThat(workspace.slug()).isEmpty();
    assertThat(workspace.defaultWorkspace()).isEmpty();
    assertThat(workspace.status().value()).isEqualTo(WorkspaceStatus.UNKNOWN);
    assertThat(workspace.status().raw()).isEmpty();
    assertThat(workspace.usageLimits()).isEmpty();
    assertThat(workspace.rateLimits()).isEmpty();
  }

  @Test
  void schemaShapedWorkspaceReadsSlugNullDescriptionAndLimitArrays() {
    Workspace workspace = listFixture("list-schema.json").items().get(0);

    assertThat(workspace.id()).isEqualTo("ws-test-a-174eb1");
    assertThat(workspace.slug()).contains("ws-test-a-174eb1");
    assertThat(workspace.description()).isEmpty();
    assertThat(workspace.createdAt()).contains(Instant.parse("2024-07-30T13:27:29Z"));
    assertThat(workspace.rateLimits()).hasSize(2);
    RateLimit tokens = workspace.rateLimits().get(1);
    assertThat(tokens.type().value()).isEqualTo(RateLimitType.TOKENS);
    assertThat(tokens.unit().value()).isEqualTo(RateLimitUnit.RPD);
    assertThat(tokens.value()).isEqualTo(1_000_000L);
  }

  @Test
  void schemaShapedUsageLimitsReadCostBudgetInDollars() {
    UsageLimits budget = listFixture("list-schema.json").items().get(0).usageLimits().get(0);

    assertThat(budget.creditLimit()).hasValueSatisfying(
        limit -> assertThat(limit).isEqualByComparingTo("10"));
    assertThat(budget.type().value()).isEqualTo(UsageLimitType.COST);
    assertThat(budget.alertThreshold()).hasValueSatisfying(
        threshold -> assertThat(threshold).isEqualByComparingTo("8"));
    assertThat(budget.periodicReset()).hasValueSatisfying(
        reset -> assertThat(reset.value()).isEqualTo(PeriodicReset.MONTHLY));
    assertThat(budget.periodicResetDays()).isEmpty();
    assertThat(budget.nextUsageResetAt()).contains(Instant.parse("2026-05-01T00:00:00Z"));
  }

  @Test
  void schemaShapedDefaultsCarryTheDefaultFlagAndMetadata() {
    Workspace workspace = listFixture("list-schema.json").items().get(0);

    assertThat(workspace.defaultWorkspace()).isEmpty();
    assertThat(workspace.defaults().flatMap(WorkspaceDefaults::defaultWorkspace)).contains(false);
    assertThat(workspace.defaults().get().metadata()).containsEntry("foo", "bar");
  }

  @Test
  void usageLimitsSentAsOneObjectInsteadOfAListReadAsAListOfOne() {
    server.enqueue(json("{\"total\":1,\"data\":[{\"id\":\"ws-1\","
        + "\"usage_limits\":{\"credit_limit\":5,\"type\":\"cost\"}}]}"));

    Workspace workspace = client.workspaces().list().items().get(0);

    assertThat(workspace.usageLimits()).singleElement()
        .satisfies(limit -> assertThat(limit.creditLimit()).hasValue(new java.math.BigDecimal("5")));
  }

  @Test
  void liveRowReadsIntegerDefaultFlagNullLimitsAndIgnoresExtraFields() {
    Page<Workspace> page = listFixture("list-live.json");

    Workspace shared = page.items().get(0);
    assertThat(shared.id()).isEqualTo("6e5a9f93-ae3a-46b4-a87d-2464d373ef7e");
    assertThat(shared.slug()).contains("ws-shared-e2a85b");
    assertThat(shared.name()).contains("Shared Team Workspace");
    assertThat(shared.description()).isEmpty();
    assertThat(shared.defaultWorkspace()).contains(true);
    assertThat(shared.status().value()).isEqualTo(WorkspaceStatus.ACTIVE);
    assertThat(shared.status().raw()).isEqualTo("active");
    assertThat(shared.createdAt()).contains(Instant.parse("2025-12-30T15:38:09Z"));
    assertThat(shared.usageLimits()).isEmpty();
    assertThat(shared.rateLimits()).isEmpty();
  }

  @Test
  void liveRowReadsZeroAsNotDefaultAndMixedDateForms() {
    Workspace legacy = listFixture("list-live.json").items().get(1);

    assertThat(legacy.defaultWorkspace()).contains(false);
    assertThat(legacy.description()).contains("Kept for audits");
    assertThat(legacy.createdAt()).contains(Instant.parse("2025-01-02T03:04:05Z"));
    assertThat(legacy.lastUpdatedAt()).contains(Instant.parse("2025-06-07T08:09:10Z"));
  }

  @Test
  void unknownStatusKeepsRawValue() {
    Workspace legacy = listFixture("list-live.json").items().get(1);

    assertThat(legacy.status().value()).isEqualTo(WorkspaceStatus.UNKNOWN);
    assertThat(legacy.status().raw()).isEqualTo("pending_deletion");
    assertThat(legacy.status().isKnown()).isFalse();
  }

  @Test
  void rowWithoutIdIsMalformedResponse() {
    server.enqueue(json(read(getClass(), "list-missing-id.json")));

    assertThatThrownBy(() -> client.workspaces().list())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /v1/admin/workspaces");
  }

  @Test
  void nullQueryIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client.workspaces().list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void queryRejectsNameTogetherWithExactName() {
    assertRejectedBeforeSending(
        () -> WorkspaceQuery.builder().name("a").exactName("b").build(), "exactName");
  }

  @Test
  void queryRejectsNegativePage() {
    assertRejectedBeforeSending(() -> WorkspaceQuery.builder().page(-1).build(), "page");
  }

  @Test
  void queryRejectsPageSizeZero() {
    assertRejectedBeforeSending(() -> WorkspaceQuery.builder().pageSize(0).build(), "pageSize");
  }

  @Test
  void queryRejectsBlankName() {
    assertRejectedBeforeSending(() -> WorkspaceQuery.builder().name(" ").build(), "name");
  }

  @Test
  void queryRejectsBlankExactName() {
    assertRejectedBeforeSending(
        () -> WorkspaceQuery.builder().exactName("").build(), "exactName");
  }

  @Test
  void queryRejectsUnknownStatusFilter() {
    assertRejectedBeforeSending(
        () -> WorkspaceQuery.builder().addStatuses(WorkspaceStatus.UNKNOWN).build(), "statuses");
  }

  @Test
  void queryDefaultsToFirstPageOfFiftyWithoutFilters() {
    WorkspaceQuery query = WorkspaceQuery.builder().build();

    assertThat(query.page()).isZero();
    assertThat(query.pageSize()).isEqualTo(WorkspaceQuery.DEFAULT_PAGE_SIZE).isEqualTo(50);
    assertThat(query.name()).isEmpty();
    assertThat(query.exactName()).isEmpty();
    assertThat(query.statuses()).isEmpty();
  }
}
