package io.github.portkeyadmin.analytics;

import io.github.portkeyadmin.NotInOfficialSpec;
import io.github.portkeyadmin.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Portkey's analytics: graphs over time and grouped summaries. Every call needs an organisation
 * Admin API key or a key with the {@code analytics.view} scope; a workspace key gets {@link
 * io.github.portkeyadmin.errors.WorkspaceScopedKeyException}.
 *
 * <p>Every method throws {@link io.github.portkeyadmin.errors.PortkeyException} subclasses on
 * failure. Thread-safe.
 */
public interface Analytics {
  /**
   * Spend over time ({@code GET /analytics/graphs/cost}), in US cents.
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the summary and one point per bucket
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CostAnalytics cost(AnalyticsQuery query);

  /**
   * Request counts over time ({@code GET /analytics/graphs/requests}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the summary and one point per bucket
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  RequestAnalytics requests(AnalyticsQuery query);

  /**
   * Token use over time ({@code GET /analytics/graphs/tokens}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the summary and one point per bucket
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  TokenAnalytics tokens(AnalyticsQuery query);

  /**
   * Requests and spend per user ({@code GET /analytics/groups/users}).
   *
   * @param query workspace, range, filters and paging
   * @return one page of users; {@link Page#nextPage()} keeps the query
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<UserAnalytics> users(AnalyticsQuery query);

  /**
   * Requests (and spend, where sent) per model ({@code GET /analytics/groups/ai-models}).
   *
   * @param query workspace, range, filters and paging
   * @return one page of models; {@link Page#nextPage()} keeps the query
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<ModelAnalytics> models(AnalyticsQuery query);

  /**
   * {@link #cost(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CostAnalytics> costAsync(AnalyticsQuery query);

  /**
   * {@link #requests(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<RequestAnalytics> requestsAsync(AnalyticsQuery query);

  /**
   * {@link #tokens(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<TokenAnalytics> tokensAsync(AnalyticsQuery query);

  /**
   * {@link #users(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<Page<UserAnalytics>> usersAsync(AnalyticsQuery query);

  /**
   * {@link #models(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<Page<ModelAnalytics>> modelsAsync(AnalyticsQuery query);

  /**
   * Latency percentiles over time (average, p50, p90, p99, in milliseconds) ({@code GET /analytics/graphs/latency}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  LatencyAnalytics latency(AnalyticsQuery query);

  /**
   * Unique users over time ({@code GET /analytics/graphs/users}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CountAnalytics activeUsers(AnalyticsQuery query);

  /**
   * Requests per user over time ({@code GET /analytics/graphs/users/requests}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  RequestsPerUserAnalytics requestsPerUser(AnalyticsQuery query);

  /**
   * Error counts over time ({@code GET /analytics/graphs/errors}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CountAnalytics errors(AnalyticsQuery query);

  /**
   * Error rate over time, in percent ({@code GET /analytics/graphs/errors/rate}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  ErrorRateAnalytics errorRate(AnalyticsQuery query);

  /**
   * Errors by status code over time ({@code GET /analytics/graphs/errors/stacks}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  ErrorStackAnalytics errorStacks(AnalyticsQuery query);

  /**
   * Errors by status code over the whole range, one row per code ({@code GET /analytics/graphs/errors/status-codes}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  StatusCodeAnalytics errorStatusCodes(AnalyticsQuery query);

  /**
   * Requests rescued by retries and fallbacks over time ({@code GET /analytics/graphs/requests/rescued}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  RescuedAnalytics rescuedRequests(AnalyticsQuery query);

  /**
   * Cache hits, hit rate and savings (cents) over time ({@code GET /analytics/graphs/cache/hit-rate}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CacheHitRateAnalytics cacheHitRate(AnalyticsQuery query);

  /**
   * Latency of cache hits over time ({@code GET /analytics/graphs/cache/latency}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CacheLatencyAnalytics cacheLatency(AnalyticsQuery query);

  /**
   * Feedback counts over time ({@code GET /analytics/graphs/feedbacks}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CountAnalytics feedbacks(AnalyticsQuery query);

  /**
   * Feedbacks by score over the whole range, one row per score ({@code GET /analytics/graphs/feedbacks/scores}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  FeedbackScoreAnalytics feedbackScores(AnalyticsQuery query);

  /**
   * Weighted feedback score over time ({@code GET /analytics/graphs/feedbacks/weighted}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  WeightedFeedbackAnalytics weightedFeedback(AnalyticsQuery query);

  /**
   * Feedback by model over the whole range ({@code GET /analytics/graphs/feedbacks/ai-models}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  FeedbackModelAnalytics feedbackByModel(AnalyticsQuery query);

  /**
   * Cache performance over the whole range ({@code GET /analytics/summary/cache}).
   *
   * @param query workspace, range and filters; paging is ignored
   * @return the graph
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  CacheSummaryAnalytics cacheSummary(AnalyticsQuery query);

  /**
   * Requests, spend and feedback per value of one metadata key ({@code GET
   * /analytics/groups/metadata/{metadataKey}}), e.g. per team or customer.
   *
   * @param metadataKey the metadata key to group by, e.g. {@code team}
   * @param query workspace, range, filters and paging
   * @return one page of values; {@link Page#nextPage()} keeps the key and query
   * @throws IllegalArgumentException if {@code metadataKey} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<MetadataAnalytics> metadata(String metadataKey, AnalyticsQuery query);

  /**
   * Analytics grouped by provider ({@code GET /analytics/groups/provider}). Documented by Portkey
   * but absent from its OpenAPI spec, so the rows are read as they come.
   *
   * @param query workspace, range, filters and paging
   * @return one page of rows
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  @NotInOfficialSpec("Portkey docs: get-provider-grouped-data")
  Page<AnalyticsGroupRow> groupByProvider(AnalyticsQuery query);

  /**
   * Analytics grouped by workspace ({@code GET /analytics/groups/workspace}). Announced in
   * Portkey's changelog 1.3.2 but absent from its OpenAPI spec, so the rows are read as they come.
   *
   * @param query workspace, range, filters and paging
   * @return one page of rows
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  @NotInOfficialSpec("Portkey changelog 1.3.2, workspace-grouped analytics")
  Page<AnalyticsGroupRow> groupByWorkspace(AnalyticsQuery query);

  /**
   * {@link #latency(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<LatencyAnalytics> latencyAsync(AnalyticsQuery query);

  /**
   * {@link #activeUsers(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CountAnalytics> activeUsersAsync(AnalyticsQuery query);

  /**
   * {@link #requestsPerUser(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<RequestsPerUserAnalytics> requestsPerUserAsync(AnalyticsQuery query);

  /**
   * {@link #errors(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CountAnalytics> errorsAsync(AnalyticsQuery query);

  /**
   * {@link #errorRate(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<ErrorRateAnalytics> errorRateAsync(AnalyticsQuery query);

  /**
   * {@link #errorStacks(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<ErrorStackAnalytics> errorStacksAsync(AnalyticsQuery query);

  /**
   * {@link #errorStatusCodes(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<StatusCodeAnalytics> errorStatusCodesAsync(AnalyticsQuery query);

  /**
   * {@link #rescuedRequests(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<RescuedAnalytics> rescuedRequestsAsync(AnalyticsQuery query);

  /**
   * {@link #cacheHitRate(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CacheHitRateAnalytics> cacheHitRateAsync(AnalyticsQuery query);

  /**
   * {@link #cacheLatency(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CacheLatencyAnalytics> cacheLatencyAsync(AnalyticsQuery query);

  /**
   * {@link #feedbacks(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CountAnalytics> feedbacksAsync(AnalyticsQuery query);

  /**
   * {@link #feedbackScores(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<FeedbackScoreAnalytics> feedbackScoresAsync(AnalyticsQuery query);

  /**
   * {@link #weightedFeedback(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<WeightedFeedbackAnalytics> weightedFeedbackAsync(AnalyticsQuery query);

  /**
   * {@link #feedbackByModel(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<FeedbackModelAnalytics> feedbackByModelAsync(AnalyticsQuery query);

  /**
   * {@link #cacheSummary(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range and filters
   * @return the future result
   */
  CompletableFuture<CacheSummaryAnalytics> cacheSummaryAsync(AnalyticsQuery query);

  /**
   * {@link #metadata(String, AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param metadataKey the metadata key to group by
   * @param query workspace, range, filters and paging
   * @return the future result
   */
  CompletableFuture<Page<MetadataAnalytics>> metadataAsync(String metadataKey, AnalyticsQuery query);

  /**
   * {@link #groupByProvider(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range, filters and paging
   * @return the future result
   */
  @NotInOfficialSpec("Portkey docs: get-provider-grouped-data")
  CompletableFuture<Page<AnalyticsGroupRow>> groupByProviderAsync(AnalyticsQuery query);

  /**
   * {@link #groupByWorkspace(AnalyticsQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query workspace, range, filters and paging
   * @return the future result
   */
  @NotInOfficialSpec("Portkey changelog 1.3.2, workspace-grouped analytics")
  CompletableFuture<Page<AnalyticsGroupRow>> groupByWorkspaceAsync(AnalyticsQuery query);
}
