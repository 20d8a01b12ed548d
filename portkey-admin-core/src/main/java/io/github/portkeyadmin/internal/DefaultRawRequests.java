package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.RawRequests;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RawRequests} over the Retrofit interface, confined to paths below the base URL by {@code
 * RawPaths}.
 */
public final class DefaultRawRequests extends Service implements RawRequests {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultRawRequests(Transport transport) {
    super(transport);
  }

  @Override
  public JsonNode get(String path) {
    return caller.execute(api.raw(RawPaths.require(path), Map.of()));
  }

  @Override
  public JsonNode get(String path, AnalyticsQuery query) {
    RawPaths.require(path);
    Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
    return caller.execute(api.raw(path, QueryParams.raw(query)));
  }

  @Override
  public CompletableFuture<JsonNode> getAsync(String path, AnalyticsQuery query) {
    RawPaths.require(path);
    Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
    return async.supply(() -> get(path, query));
  }
}
