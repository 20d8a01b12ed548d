package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code ...Async} added by issue 5 against its blocking twin: same request, same value. */
class AnalyticsAsyncTwinsTest extends ClientTest {
  private static final String RANGE = "workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
      + "&time_of_generation_max=2026-02-08T00%3A00%3A00%2B00%3A00";
  private static final String FORBIDDEN =
      "{\"success\":false,\"data\":{\"message\":\"no\",\"errorCode\":\"AB03\"}}";

  /** Sets paging, which graphs must leave out and groups must send. */
  private static AnalyticsQuery query() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")))
        .pageSize(20)
        .build();
  }

  @FunctionalInterface
  interface SyncCall {
    Object call(Analytics analytics, AnalyticsQuery query);
  }

  @FunctionalInterface
  interface AsyncCall {
    CompletableFuture<?> call(Analytics analytics, AnalyticsQuery query);
  }

  static Stream<Arguments.ArgumentSet> twins() {
    return Stream.of(
        graph("latency", "graphs/latency", Analytics::latency, Analytics::latencyAsync),
        graph("users-graph", "graphs/users", Analytics::activeUsers, Analytics::activeUsersAsync),
        graph("users-requests", "graphs/users/requests",
            Analytics::requestsPerUser, Analytics::requestsPerUserAsync),
        graph("errors", "graphs/errors", Analytics::errors, Analytics::errorsAsync),
        graph("errors-rate", "graphs/errors/rate", Analytics::errorRate, Analytics::errorRateAsync),
        graph("errors-stacks", "graphs/errors/stacks",
            Analytics::errorStacks, Analytics::errorStacksAsync),
        graph("errors-status-codes", "graphs/errors/status-codes",
            Analytics::errorStatusCodes, Analytics::errorStatusCodesAsync),
        graph("requests-rescued", "graphs/requests/rescued",
            Analytics::rescuedRequests, Analytics::rescuedRequestsAsync),
        graph("cache-hit-rate", "graphs/cache/hit-rate",
            Analytics::cacheHitRate, Analytics::cacheHitRateAsync),
        graph("cache-latency", "graphs/cache/latency",
            Analytics::cacheLatency, Analytics::cacheLatencyAsync),
        graph("feedbacks", "graphs/feedbacks", Analytics::feedbacks, Analytics::feedbacksAsync),
        graph("feedbacks-scores", "graphs/feedbacks/scores",
            Analytics::feedbackScores, Analytics::feedbackScoresAsync),
        graph("feedbacks-weighted", "graphs/feedbacks/weighted",
            Analytics::weightedFeedback, Analytics::weightedFeedbackAsync),
        graph("feedbacks-ai-models", "graphs/feedbacks/ai-models",
            Analytics::feedbackByModel, Analytics::feedbackByModelAsync),
        graph("summary-cache", "summary/cache",
            Analytics::cacheSummary, Analytics::cacheSummaryAsync),
        group("metadata-spec.json", "groups/metadata/cost%20center",
            (analytics, query) -> analytics.metadata("cost center", query),
            (analytics, query) -> analytics.metadataAsync("cost center", query)),
        group("groups-provider-live.json", "groups/provider",
            Analytics::groupByProvider, Analytics::groupByProviderAsync),
        group("groups-workspace-live.json", "groups/workspace",
            Analytics::groupByWorkspace, Analytics::groupByWorkspaceAsync));
  }

  /** A graph twin answered with its spec fixture; paging stays out of its request. */
  private static Arguments.ArgumentSet graph(
      String endpoint, String path, SyncCall sync, AsyncCall async) {
    return argumentSet(path, endpoint + "-spec.json", "/v1/analytics/" + path + "?" + RANGE,
        sync, async);
  }

  /** A grouped twin: the first page and the page size go into its request. */
  private static Arguments.ArgumentSet group(
      String fixture, String path, SyncCall sync, AsyncCall async) {
    return argumentSet(path, fixture,
        "/v1/analytics/" + path + "?" + RANGE + "&current_page=0&page_size=20", sync, async);
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("twins")
  void asyncTwinSendsTheSameRequestAndCompletesWithTheSameValue(
      String fixture, String target, SyncCall sync, AsyncCall async) throws Exception {
    serve(fixture);
    serve(fixture);

    Object blocking = sync.call(client.analytics(), query());
    Object joined = async.call(client.analytics(), query()).join();

    assertThat(comparable(joined)).isEqualTo(comparable(blocking));
    server.takeRequest();
    RecordedRequest asyncRequest = server.takeRequest();
    assertThat(asyncRequest.getTarget()).isEqualTo(target);
    assertThat(asyncRequest.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("twins")
  void asyncTwinFailureJoinsAsTheSdkExceptionItself(
      String fixture, String target, SyncCall sync, AsyncCall async) {
    server.enqueue(json(403, FORBIDDEN));

    CompletableFuture<?> future = async.call(client.analytics(), query());

    assertThatThrownBy(future::join)
        .isInstanceOfSatisfying(WorkspaceScopedKeyException.class,
            e -> assertThat(e.errorCode()).contains("AB03"));
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("twins")
  void asyncTwinRejectsANullQueryAtOnce(
      String fixture, String target, SyncCall sync, AsyncCall async) {
    assertThatThrownBy(() -> async.call(client.analytics(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("query");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void metadataAsyncRejectsABlankKeyAtOnceNotInTheFuture() {
    assertThatThrownBy(() -> client.analytics().metadataAsync(" ", query()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadataKey");
    assertThat(server.getRequestCount()).isZero();
  }

  /** Pages have no equals; compare what a caller sees of them. */
  private static Object comparable(Object result) {
    if (result instanceof Page<?> page) {
      return List.of(page.items(), page.total(), page.page(), page.pageSize(), page.hasNextPage());
    }
    return result;
  }
}
