package io.github.portkeyadmin.contract;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.NotInOfficialSpec;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import io.github.portkeyadmin.workspaces.WorkspaceStatus;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards that every request the SDK builds is one the official OpenAPI spec declares. */
class RequestContractTest {
  private static final SpecContract SPEC = SpecContract.load();

  /** The spec's GET paths the SDK calls today; each needs at least one case below. */
  private static final List<String> COVERED_PATHS = List.of(
      "/analytics/graphs/cost",
      "/analytics/graphs/requests",
      "/analytics/graphs/tokens",
      "/analytics/graphs/latency",
      "/analytics/graphs/users",
      "/analytics/graphs/users/requests",
      "/analytics/graphs/errors",
      "/analytics/graphs/errors/rate",
      "/analytics/graphs/errors/stacks",
      "/analytics/graphs/errors/status-codes",
      "/analytics/graphs/requests/rescued",
      "/analytics/graphs/cache/hit-rate",
      "/analytics/graphs/cache/latency",
      "/analytics/graphs/feedbacks",
      "/analytics/graphs/feedbacks/scores",
      "/analytics/graphs/feedbacks/weighted",
      "/analytics/graphs/feedbacks/ai-models",
      "/analytics/summary/cache",
      "/analytics/groups/users",
      "/analytics/groups/ai-models",
      "/analytics/groups/metadata/{metadataKey}",
      "/admin/workspaces",
      "/admin/workspaces/{workspaceId}",
      "/virtual-keys",
      "/virtual-keys/{slug}",
      "/providers",
      "/logs/exports",
      "/logs/exports/{exportId}",
      "/logs/exports/{exportId}/download",
      "/api-keys");

  private static final String GRAPH =
      "{\"summary\":{},\"data_points\":[],\"object\":\"analytics-graph\"}";
  private static final String SUMMARY = "{\"summary\":{},\"object\":\"analytics-summary\"}";
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  /**
   * One SDK call, the spec path (or path template) it must hit, the concrete path it sends, and a
   * minimal valid body to answer it with.
   */
  record Case(String path, String sentPath, String body, Consumer<PortkeyAdminClient> call) {
    /** A call to a path without placeholders: it sends the spec path itself. */
    Case(String path, String body, Consumer<PortkeyAdminClient> call) {
      this(path, path, body, call);
    }
  }

  @StartStop final MockWebServer server = new MockWebServer();
  private PortkeyAdminClient client;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Stream<Arguments.ArgumentSet> cases() {
    Stream<Arguments.ArgumentSet> analytics = Stream.of(
            analytics("cost", "/analytics/graphs/cost", GRAPH, (c, q) -> c.analytics().cost(q)),
            analytics("requests", "/analytics/graphs/requests", GRAPH,
                (c, q) -> c.analytics().requests(q)),
            analytics("tokens", "/analytics/graphs/tokens", GRAPH,
                (c, q) -> c.analytics().tokens(q)),
            analytics("latency", "/analytics/graphs/latency", GRAPH,
                (c, q) -> c.analytics().latency(q)),
            analytics("activeUsers", "/analytics/graphs/users", GRAPH,
                (c, q) -> c.analytics().activeUsers(q)),
            analytics("requestsPerUser", "/analytics/graphs/users/requests", GRAPH,
                (c, q) -> c.analytics().requestsPerUser(q)),
            analytics("errors", "/analytics/graphs/errors", GRAPH,
                (c, q) -> c.analytics().errors(q)),
            analytics("errorRate", "/analytics/graphs/errors/rate", GRAPH,
                (c, q) -> c.analytics().errorRate(q)),
            analytics("errorStacks", "/analytics/graphs/errors/stacks", GRAPH,
                (c, q) -> c.analytics().errorStacks(q)),
            analytics("errorStatusCodes", "/analytics/graphs/errors/status-codes", GRAPH,
                (c, q) -> c.analytics().errorStatusCodes(q)),
            analytics("rescuedRequests", "/analytics/graphs/requests/rescued", GRAPH,
                (c, q) -> c.analytics().rescuedRequests(q)),
            analytics("cacheHitRate", "/analytics/graphs/cache/hit-rate", GRAPH,
                (c, q) -> c.analytics().cacheHitRate(q)),
            analytics("cacheLatency", "/analytics/graphs/cache/latency", GRAPH,
                (c, q) -> c.analytics().cacheLatency(q)),
            analytics("feedbacks", "/analytics/graphs/feedbacks", GRAPH,
                (c, q) -> c.analytics().feedbacks(q)),
            analytics("feedbackScores", "/analytics/graphs/feedbacks/scores", GRAPH,
                (c, q) -> c.analytics().feedbackScores(q)),
            analytics("weightedFeedback", "/analytics/graphs/feedbacks/weighted", GRAPH,
                (c, q) -> c.analytics().weightedFeedback(q)),
            analytics("feedbackByModel", "/analytics/graphs/feedbacks/ai-models", GRAPH,
                (c, q) -> c.analytics().feedbackByModel(q)),
            analytics("cacheSummary", "/analytics/summary/cache", SUMMARY,
                (c, q) -> c.analytics().cacheSummary(q)),
            analytics("users", "/analytics/groups/users", LIST, (c, q) -> c.analytics().users(q)),
            analytics("models", "/analytics/groups/ai-models", LIST,
                (c, q) -> c.analytics().models(q)),
            analytics("metadata(\"team\")", "/analytics/groups/metadata/{metadataKey}",
                "/analytics/groups/metadata/team", LIST,
                (c, q) -> c.analytics().metadata("team", q)))
        .flatMap(Function.identity());
    return Stream.concat(analytics, Stream.of(
        listing("workspaces().list()", "/admin/workspaces", c -> c.workspaces().list()),
        listing("workspaces().list(name, ACTIVE+ARCHIVED)", "/admin/workspaces",
            c -> c.workspaces().list(WorkspaceQuery.builder()
                .name("Prod EU")
                .addStatuses(WorkspaceStatus.ACTIVE, WorkspaceStatus.ARCHIVED)
                .build())),
        listing("workspaces().list(exactName, page 1 of 5)", "/admin/workspaces",
            c -> c.workspaces().list(WorkspaceQuery.builder()
                .exactName("Prod EU")
                .page(1)
                .pageSize(5)
                .build())),
        listing("virtualKeys().list()", "/virtual-keys", c -> c.virtualKeys().list()),
        listing("virtualKeys().list(2, 10)", "/virtual-keys", c -> c.virtualKeys().list(2, 10)),
        listing("logExports().list()", "/logs/exports", c -> c.logExports().list()),
        listing("providers().list()", "/providers", c -> c.providers().list()),
        listing("providers().list(page 1 of 10, workspace)", "/providers",
            c -> c.providers().list(ListQuery.builder().page(1).pageSize(10).workspaceId("ws-1").build())),
        listing("apiKeys().list()", "/api-keys", c -> c.apiKeys().list()),
        listing("apiKeys().list(workspace)", "/api-keys",
            c -> c.apiKeys().list(ListQuery.builder().workspaceId("ws-1").build())),
        lookup("workspaces().get(\"ws-1\")", "/admin/workspaces/{workspaceId}",
            "/admin/workspaces/ws-1", "{\"id\":\"ws-1\"}", c -> c.workspaces().get("ws-1")),
        lookup("virtualKeys().get(\"vk-1\")", "/virtual-keys/{slug}", "/virtual-keys/vk-1",
            "{\"slug\":\"vk-1\"}", c -> c.virtualKeys().get("vk-1")),
        lookup("logExports().get(\"e-1\")", "/logs/exports/{exportId}", "/logs/exports/e-1",
            "{\"id\":\"e-1\"}", c -> c.logExports().get("e-1")),
        lookup("logExports().downloadUrl(\"e-1\")", "/logs/exports/{exportId}/download",
            "/logs/exports/e-1/download", "{\"signed_url\":\"https://files.example/e-1\"}",
            c -> c.logExports().downloadUrl("e-1")),
        listing("logExports().list(\"ws-1\")", "/logs/exports",
            c -> c.logExports().list("ws-1"))));
  }

  static Stream<Arguments.ArgumentSet> everyFilterCases() {
    return cases().filter(arguments -> arguments.getName().endsWith("(every filter)"));
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("cases")
  void requestIsADeclaredGetWithDeclaredRequiredAndWellFormedParameters(Case sdkCall)
      throws InterruptedException {
    RecordedRequest request = send(sdkCall);

    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(SPEC.basePath() + sdkCall.sentPath());
    assertThat(SPEC.violations(request.getMethod(), belowBasePath(request)))
        .as("violations of the spec by %s", request.getTarget())
        .isEmpty();
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("everyFilterCases")
  void everyFilterQuerySendsEveryQueryParameterTheSpecDeclares(Case sdkCall)
      throws InterruptedException {
    RecordedRequest request = send(sdkCall);

    assertThat(request.getUrl().queryParameterNames())
        .containsExactlyInAnyOrderElementsOf(SPEC.queryParameterNames(sdkCall.path()));
  }

  @Test
  void coveredPathsAreGetOperationsOfTheSpec() {
    assertThat(COVERED_PATHS).allSatisfy(path -> assertThat(SPEC.hasGet(path)).as(path).isTrue());
  }

  @Test
  void everyGetOperationOfTheSpecHasAnSdkCall() {
    assertThat(COVERED_PATHS).containsExactlyInAnyOrderElementsOf(SPEC.getPaths());
  }

  @Test
  void everyCoveredPathHasACaseAndEveryCaseACoveredPath() {
    assertThat(cases().map(RequestContractTest::caseOf).map(Case::path).distinct())
        .containsExactlyInAnyOrderElementsOf(COVERED_PATHS);
  }

  @Test
  void everyCaseSendsAConcretePathOfItsSpecPath() {
    assertThat(cases().map(RequestContractTest::caseOf)).allSatisfy(sdkCall -> {
      assertThat(sdkCall.sentPath()).as(sdkCall.path()).doesNotContain("{", "}");
      assertThat(sdkCall.sentPath()).as(sdkCall.path()).matches(templateRegex(sdkCall.path()));
    });
  }

  /** Calls marked {@link NotInOfficialSpec}: their paths must be ones the spec lacks. */
  static Stream<Arguments.ArgumentSet> notInOfficialSpecCases() {
    return Stream.of(
            analytics("groupByProvider", "/analytics/groups/provider", LIST,
                (c, q) -> c.analytics().groupByProvider(q)),
            analytics("groupByWorkspace", "/analytics/groups/workspace", LIST,
                (c, q) -> c.analytics().groupByWorkspace(q)))
        .flatMap(Function.identity());
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("notInOfficialSpecCases")
  void callMarkedNotInOfficialSpecHitsAPathTheSpecLacks(Case sdkCall)
      throws InterruptedException {
    RecordedRequest request = send(sdkCall);

    assertThat(request.getUrl().encodedPath()).isEqualTo(SPEC.basePath() + sdkCall.sentPath());
    assertThat(SPEC.hasGet(sdkCall.path())).isFalse();
    assertThat(SPEC.violations(request.getMethod(), belowBasePath(request)))
        .containsExactly("GET " + sdkCall.path() + ": not a path of the spec");
  }

  @Test
  void onlyTheProviderAndWorkspaceGroupsAreMarkedNotInOfficialSpec() {
    assertThat(Arrays.stream(Analytics.class.getMethods())
            .filter(method -> method.isAnnotationPresent(NotInOfficialSpec.class))
            .map(Method::getName))
        .containsExactlyInAnyOrder(
            "groupByProvider", "groupByProviderAsync", "groupByWorkspace", "groupByWorkspaceAsync");
  }

  private RecordedRequest send(Case sdkCall) throws InterruptedException {
    server.enqueue(json(sdkCall.body()));
    sdkCall.call().accept(client);
    assertThat(server.getRequestCount()).isEqualTo(1);
    return server.takeRequest();
  }

  private static String belowBasePath(RecordedRequest request) {
    String target = request.getTarget();
    assertThat(target).startsWith(SPEC.basePath() + "/");
    return target.substring(SPEC.basePath().length());
  }

  /** An analytics call made twice: with every optional filter, and with only the required two. */
  private static Stream<Arguments.ArgumentSet> analytics(
      String method, String path, String body, AnalyticsCall call) {
    return analytics(method, path, path, body, call);
  }

  /** As above, for a templated spec path that the call fills in as {@code sentPath}. */
  private static Stream<Arguments.ArgumentSet> analytics(
      String method, String path, String sentPath, String body, AnalyticsCall call) {
    String name = "analytics()." + method;
    return Stream.of(
        argumentSet(name + "(every filter)",
            new Case(path, sentPath, body, c -> call.call(c, everyFilter()))),
        argumentSet(name + "(workspace and range only)",
            new Case(path, sentPath, body, c -> call.call(c, workspaceAndRangeOnly()))));
  }

  /** A spec path with each {@code {placeholder}} matching one non-empty path segment. */
  private static String templateRegex(String path) {
    return Arrays.stream(path.split("/", -1))
        .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
        .collect(Collectors.joining("/"));
  }

  private static Arguments.ArgumentSet listing(
      String name, String path, Consumer<PortkeyAdminClient> call) {
    return argumentSet(name, new Case(path, LIST, call));
  }

  /** A single-item call to a templated path, e.g. {@code /virtual-keys/{slug}}. */
  private static Arguments.ArgumentSet lookup(String name, String path, String sentPath,
      String body, Consumer<PortkeyAdminClient> call) {
    return argumentSet(name, new Case(path, sentPath, body, call));
  }

  private static Case caseOf(Arguments arguments) {
    return (Case) arguments.get()[0];
  }

  @FunctionalInterface
  interface AnalyticsCall {
    void call(PortkeyAdminClient client, AnalyticsQuery query);
  }

  private static AnalyticsQuery everyFilter() {
    ZoneOffset ist = ZoneOffset.ofHoursMinutes(5, 30);
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            OffsetDateTime.of(2026, 2, 23, 14, 20, 31, 0, ist),
            OffsetDateTime.of(2026, 2, 24, 14, 20, 31, 0, ist)))
        .addModel("openai", "gpt-4o")
        .addModel("azure-openai", "gpt-35-turbo")
        .addStatusCodes(200, 429)
        .putMetadata("_user", "user_1")
        .putMetadata("team", "search & ads = \"core\"+1")
        .addVirtualKeys("vk-a", "vk-b")
        .addConfigs("pc-1")
        .addApiKeyIds("765768a9-b4ec-4694-962c-d55f40cdb0dc")
        .addTraceIds("trace-1")
        .addSpanIds("span-1", "span-2")
        .addPromptSlugs("prompt-1")
        .costMinCents(BigDecimal.ZERO).costMaxCents(new BigDecimal("1E+3"))
        .totalTokensMin(0).totalTokensMax(5000)
        .promptTokensMin(1).promptTokensMax(4000)
        .completionTokensMin(2).completionTokensMax(1000)
        .weightedFeedbackMin(new BigDecimal("-10")).weightedFeedbackMax(new BigDecimal("10.0"))
        .page(3).pageSize(20)
        .build();
  }

  private static AnalyticsQuery workspaceAndRangeOnly() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00.5Z")))
        .build();
  }
}
