package io.github.portkeyadmin.contract;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import io.github.portkeyadmin.workspaces.WorkspaceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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
      "/analytics/groups/users",
      "/analytics/groups/ai-models",
      "/admin/workspaces",
      "/virtual-keys",
      "/logs/exports");

  private static final String GRAPH =
      "{\"summary\":{},\"data_points\":[],\"object\":\"analytics-graph\"}";
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  /** One SDK call, the spec path it must hit, and a minimal valid body to answer it with. */
  record Case(String path, String body, Consumer<PortkeyAdminClient> call) {}

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
            analytics("users", "/analytics/groups/users", LIST, (c, q) -> c.analytics().users(q)),
            analytics("models", "/analytics/groups/ai-models", LIST,
                (c, q) -> c.analytics().models(q)))
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
    assertThat(request.getUrl().encodedPath()).isEqualTo(SPEC.basePath() + sdkCall.path());
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
  void everyCoveredPathHasACaseAndEveryCaseACoveredPath() {
    assertThat(cases().map(RequestContractTest::caseOf).map(Case::path).distinct())
        .containsExactlyInAnyOrderElementsOf(COVERED_PATHS);
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
    String name = "analytics()." + method;
    return Stream.of(
        argumentSet(name + "(every filter)",
            new Case(path, body, c -> call.call(c, everyFilter()))),
        argumentSet(name + "(workspace and range only)",
            new Case(path, body, c -> call.call(c, workspaceAndRangeOnly()))));
  }

  private static Arguments.ArgumentSet listing(
      String name, String path, Consumer<PortkeyAdminClient> call) {
    return argumentSet(name, new Case(path, LIST, call));
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
