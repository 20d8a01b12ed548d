package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.analytics.AnalyticsGroupRow;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CacheHitRateAnalytics;
import io.github.portkeyadmin.analytics.CacheLatencyAnalytics;
import io.github.portkeyadmin.analytics.CacheSummaryAnalytics;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.analytics.ErrorRateAnalytics;
import io.github.portkeyadmin.analytics.ErrorStackAnalytics;
import io.github.portkeyadmin.analytics.FeedbackModelAnalytics;
import io.github.portkeyadmin.analytics.FeedbackScoreAnalytics;
import io.github.portkeyadmin.analytics.LatencyAnalytics;
import io.github.portkeyadmin.analytics.MetadataAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.RequestsPerUserAnalytics;
import io.github.portkeyadmin.analytics.RescuedAnalytics;
import io.github.portkeyadmin.analytics.StatusCodeAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.UserAnalytics;
import io.github.portkeyadmin.analytics.WeightedFeedbackAnalytics;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/** {@link Analytics} over the Retrofit interface: graphs take the query, groups add paging. */
public final class DefaultAnalytics extends Service implements Analytics {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultAnalytics(Transport transport) {
    super(transport);
  }

  @Override
  public CostAnalytics cost(AnalyticsQuery query) {
    return graph(api::cost, query);
  }

  @Override
  public RequestAnalytics requests(AnalyticsQuery query) {
    return graph(api::requests, query);
  }

  @Override
  public TokenAnalytics tokens(AnalyticsQuery query) {
    return graph(api::tokens, query);
  }

  @Override
  public LatencyAnalytics latency(AnalyticsQuery query) {
    return graph(api::latency, query);
  }

  @Override
  public CountAnalytics activeUsers(AnalyticsQuery query) {
    return graph(api::activeUsers, query);
  }

  @Override
  public RequestsPerUserAnalytics requestsPerUser(AnalyticsQuery query) {
    return graph(api::requestsPerUser, query);
  }

  @Override
  public CountAnalytics errors(AnalyticsQuery query) {
    return graph(api::errors, query);
  }

  @Override
  public ErrorRateAnalytics errorRate(AnalyticsQuery query) {
    return graph(api::errorRate, query);
  }

  @Override
  public ErrorStackAnalytics errorStacks(AnalyticsQuery query) {
    return graph(api::errorStacks, query);
  }

  @Override
  public StatusCodeAnalytics errorStatusCodes(AnalyticsQuery query) {
    return graph(api::errorStatusCodes, query);
  }

  @Override
  public RescuedAnalytics rescuedRequests(AnalyticsQuery query) {
    return graph(api::rescuedRequests, query);
  }

  @Override
  public CacheHitRateAnalytics cacheHitRate(AnalyticsQuery query) {
    return graph(api::cacheHitRate, query);
  }

  @Override
  public CacheLatencyAnalytics cacheLatency(AnalyticsQuery query) {
    return graph(api::cacheLatency, query);
  }

  @Override
  public CountAnalytics feedbacks(AnalyticsQuery query) {
    return graph(api::feedbacks, query);
  }

  @Override
  public FeedbackScoreAnalytics feedbackScores(AnalyticsQuery query) {
    return graph(api::feedbackScores, query);
  }

  @Override
  public WeightedFeedbackAnalytics weightedFeedback(AnalyticsQuery query) {
    return graph(api::weightedFeedback, query);
  }

  @Override
  public FeedbackModelAnalytics feedbackByModel(AnalyticsQuery query) {
    return graph(api::feedbackByModel, query);
  }

  @Override
  public CacheSummaryAnalytics cacheSummary(AnalyticsQuery query) {
    return graph(api::cacheSummary, query);
  }

  @Override
  public Page<UserAnalytics> users(AnalyticsQuery query) {
    return grouped(api::users, query);
  }

  @Override
  public Page<ModelAnalytics> models(AnalyticsQuery query) {
    return grouped(api::models, query);
  }

  @Override
  public Page<AnalyticsGroupRow> groupByProvider(AnalyticsQuery query) {
    return grouped(api::groupByProvider, query);
  }

  @Override
  public Page<AnalyticsGroupRow> groupByWorkspace(AnalyticsQuery query) {
    return grouped(api::groupByWorkspace, query);
  }

  @Override
  public Page<MetadataAnalytics> metadata(String metadataKey, AnalyticsQuery query) {
    requireMetadataKey(metadataKey);
    return grouped(params -> api.metadata(metadataKey, params), query);
  }

  @Override
  public CompletableFuture<CostAnalytics> costAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> cost(query));
  }

  @Override
  public CompletableFuture<RequestAnalytics> requestsAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> requests(query));
  }

  @Override
  public CompletableFuture<TokenAnalytics> tokensAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> tokens(query));
  }

  @Override
  public CompletableFuture<LatencyAnalytics> latencyAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> latency(query));
  }

  @Override
  public CompletableFuture<CountAnalytics> activeUsersAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> activeUsers(query));
  }

  @Override
  public CompletableFuture<RequestsPerUserAnalytics> requestsPerUserAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> requestsPerUser(query));
  }

  @Override
  public CompletableFuture<CountAnalytics> errorsAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> errors(query));
  }

  @Override
  public CompletableFuture<ErrorRateAnalytics> errorRateAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> errorRate(query));
  }

  @Override
  public CompletableFuture<ErrorStackAnalytics> errorStacksAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> errorStacks(query));
  }

  @Override
  public CompletableFuture<StatusCodeAnalytics> errorStatusCodesAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> errorStatusCodes(query));
  }

  @Override
  public CompletableFuture<RescuedAnalytics> rescuedRequestsAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> rescuedRequests(query));
  }

  @Override
  public CompletableFuture<CacheHitRateAnalytics> cacheHitRateAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> cacheHitRate(query));
  }

  @Override
  public CompletableFuture<CacheLatencyAnalytics> cacheLatencyAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> cacheLatency(query));
  }

  @Override
  public CompletableFuture<CountAnalytics> feedbacksAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> feedbacks(query));
  }

  @Override
  public CompletableFuture<FeedbackScoreAnalytics> feedbackScoresAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> feedbackScores(query));
  }

  @Override
  public CompletableFuture<WeightedFeedbackAnalytics> weightedFeedbackAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> weightedFeedback(query));
  }

  @Override
  public CompletableFuture<FeedbackModelAnalytics> feedbackByModelAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> feedbackByModel(query));
  }

  @Override
  public CompletableFuture<CacheSummaryAnalytics> cacheSummaryAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> cacheSummary(query));
  }

  @Override
  public CompletableFuture<Page<UserAnalytics>> usersAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> users(query));
  }

  @Override
  public CompletableFuture<Page<ModelAnalytics>> modelsAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> models(query));
  }

  @Override
  public CompletableFuture<Page<AnalyticsGroupRow>> groupByProviderAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> groupByProvider(query));
  }

  @Override
  public CompletableFuture<Page<AnalyticsGroupRow>> groupByWorkspaceAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> groupByWorkspace(query));
  }

  @Override
  public CompletableFuture<Page<MetadataAnalytics>> metadataAsync(
      String metadataKey, AnalyticsQuery query) {
    requireMetadataKey(metadataKey);
    requireQuery(query);
    return async.supply(() -> metadata(metadataKey, query));
  }

  private <T> T graph(Function<Map<String, String>, Call<T>> endpoint, AnalyticsQuery query) {
    return caller.execute(endpoint.apply(QueryParams.graph(requireQuery(query))));
  }

  private <T> Page<T> grouped(
      Function<Map<String, String>, Call<ListEnvelope<T>>> endpoint, AnalyticsQuery query) {
    requireQuery(query);
    return Paging.fetch(query.page().orElse(0), pageSize(query),
        (page, size) -> caller.execute(endpoint.apply(QueryParams.grouped(query, page, size))));
  }

  private static AnalyticsQuery requireQuery(AnalyticsQuery query) {
    return Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
  }

  private static void requireMetadataKey(String metadataKey) {
    Ids.require(metadataKey, "metadataKey");
  }

  private static @Nullable Integer pageSize(AnalyticsQuery query) {
    return query.pageSize().isPresent() ? query.pageSize().getAsInt() : null;
  }
}
