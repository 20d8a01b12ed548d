package io.github.portkeyadmin.analytics;

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
}
