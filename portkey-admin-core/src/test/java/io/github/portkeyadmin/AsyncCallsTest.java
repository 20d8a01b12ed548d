package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.support.ClientTest;
import io.github.portkeyadmin.support.Fixtures;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The ...Async calls: same results, same exception types, unwrapped by join(). */
class AsyncCallsTest extends ClientTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  private static AnalyticsQuery query() {
    return AnalyticsQuery.builder().workspaceSlug("ws-prod").timeRange(TimeRange.lastDays(1)).build();
  }

  @Test
  void costAsyncCompletesWithTheDecodedGraph() throws Exception {
    server.enqueue(json("{\"summary\":{\"total\":\"250\",\"avg\":5},\"data_points\":[]}"));

    CostAnalytics cost = client.analytics().costAsync(query()).get();

    assertThat(cost.summary().totalDollars()).isEqualByComparingTo("2.50");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/analytics/graphs/cost");
  }

  @Test
  void everyAsyncCallReachesItsEndpoint() throws Exception {
    String graph = "{\"summary\":{},\"data_points\":[]}";
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(graph));
    }
    for (int i = 0; i < 8; i++) {
      server.enqueue(json(LIST));
    }

    CompletableFuture.allOf(
        client.analytics().requestsAsync(query()),
        client.analytics().tokensAsync(query()),
        client.analytics().costAsync(query()),
        client.analytics().usersAsync(query()),
        client.analytics().modelsAsync(query()),
        client.workspaces().listAsync(),
        client.workspaces().listAsync(io.github.portkeyadmin.workspaces.WorkspaceQuery.builder().build()),
        client.virtualKeys().listAsync(),
        client.virtualKeys().listAsync(1, 5),
        client.logExports().listAsync(),
        client.logExports().listAsync("ws-1")).get();

    java.util.Set<String> paths = new java.util.HashSet<>();
    for (int i = 0; i < 11; i++) {
      paths.add(server.takeRequest().getUrl().encodedPath());
    }
    assertThat(paths).containsExactlyInAnyOrder(
        "/v1/analytics/graphs/requests", "/v1/analytics/graphs/tokens",
        "/v1/analytics/graphs/cost", "/v1/analytics/groups/users",
        "/v1/analytics/groups/ai-models", "/v1/admin/workspaces", "/v1/virtual-keys",
        "/v1/logs/exports");
  }

  @Test
  void joinThrowsTheSdkExceptionItselfNotACompletionException() {
    server.enqueue(json(403, "{\"success\":false,\"data\":{\"message\":\"no\",\"errorCode\":\"AB03\"}}"));

    CompletableFuture<CostAnalytics> future = client.analytics().costAsync(query());

    assertThatThrownBy(future::join).isInstanceOf(WorkspaceScopedKeyException.class);
  }

  @Test
  void dependentStagesAlsoJoinUnwrapped() {
    server.enqueue(json(403, "{\"success\":false,\"data\":{\"message\":\"no\",\"errorCode\":\"AB03\"}}"));

    CompletableFuture<String> total =
        client.analytics().costAsync(query()).thenApply(cost -> cost.summary().total().toString());

    assertThatThrownBy(total::join).isInstanceOf(WorkspaceScopedKeyException.class);
  }

  @Test
  void getKeepsItsContractAndWrapsInExecutionException() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v1/").toString();
    closed.close();

    try (PortkeyAdminClient offline = PortkeyAdminClient.builder()
        .apiKey(Fixtures.API_KEY).baseUrl(url).maxRetries(0).build()) {
      CompletableFuture<?> future = offline.virtualKeys().listAsync();

      assertThatThrownBy(future::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(PortkeyConnectionException.class);
      assertThatThrownBy(future::join).isInstanceOf(PortkeyConnectionException.class);
    }
  }

  @Test
  void badInputIsRejectedAtOnceNotInTheFuture() {
    assertThatThrownBy(() -> client.virtualKeys().listAsync(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page must be >= 0");
    assertThatThrownBy(() -> client.logExports().listAsync(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspaceId");
    assertThatThrownBy(() -> client.analytics().costAsync(null))
        .isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncCallAfterCloseFailsClearly() {
    client.close();

    assertThatThrownBy(() -> client.virtualKeys().listAsync().join())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the client is closed");
  }
}
