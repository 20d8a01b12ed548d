package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.analytics.Analytics;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.UserAnalytics;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** {@link Analytics} over the Retrofit interface. */
public final class DefaultAnalytics implements Analytics {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;
  private final AsyncRunner async;

  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultAnalytics(Transport transport) {
    this.api = transport.api();
    this.caller = transport.caller();
    this.async = transport.async();
  }

  @Override
  public CostAnalytics cost(AnalyticsQuery query) {
    return caller.execute(api.cost(QueryParams.graph(requireQuery(query))));
  }

  @Override
  public RequestAnalytics requests(AnalyticsQuery query) {
    return caller.execute(api.requests(QueryParams.graph(requireQuery(query))));
  }

  @Override
  public TokenAnalytics tokens(AnalyticsQuery query) {
    return caller.execute(api.tokens(QueryParams.graph(requireQuery(query))));
  }

  @Override
  public Page<UserAnalytics> users(AnalyticsQuery query) {
    requireQuery(query);
    return Paging.fetch(query.page().orElse(0), pageSize(query),
        (page, size) -> caller.execute(api.users(QueryParams.grouped(query, page, size))));
  }

  @Override
  public Page<ModelAnalytics> models(AnalyticsQuery query) {
    requireQuery(query);
    return Paging.fetch(query.page().orElse(0), pageSize(query),
        (page, size) -> caller.execute(api.models(QueryParams.grouped(query, page, size))));
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
  public CompletableFuture<Page<UserAnalytics>> usersAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> users(query));
  }

  @Override
  public CompletableFuture<Page<ModelAnalytics>> modelsAsync(AnalyticsQuery query) {
    requireQuery(query);
    return async.supply(() -> models(query));
  }

  private static AnalyticsQuery requireQuery(AnalyticsQuery query) {
    return Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
  }

  private static @Nullable Integer pageSize(AnalyticsQuery query) {
    return query.pageSize().isPresent() ? query.pageSize().getAsInt() : null;
  }
}
