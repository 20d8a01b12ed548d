package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.apikeys.ApiKey;
import io.github.portkeyadmin.apikeys.ApiKeys;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link ApiKeys} over the Retrofit interface. */
public final class DefaultApiKeys extends Service implements ApiKeys {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultApiKeys(Transport transport) {
    super(transport);
  }

  @Override
  public Page<ApiKey> list() {
    return list(ListQuery.builder().build());
  }

  @Override
  public Page<ApiKey> list(ListQuery query) {
    Objects.requireNonNull(query, "query == null: build one with ListQuery.builder()");
    return Paging.fetch(query.page(), query.pageSize(),
        (page, size) -> caller.execute(api.apiKeys(QueryParams.list(query, page))));
  }

  @Override
  public CompletableFuture<Page<ApiKey>> listAsync() {
    return async.supply(this::list);
  }

  @Override
  public CompletableFuture<Page<ApiKey>> listAsync(ListQuery query) {
    Objects.requireNonNull(query, "query == null: build one with ListQuery.builder()");
    return async.supply(() -> list(query));
  }
}
