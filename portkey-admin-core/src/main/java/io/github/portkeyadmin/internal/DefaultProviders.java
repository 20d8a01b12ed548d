package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.providers.Provider;
import io.github.portkeyadmin.providers.Providers;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Providers} over the Retrofit interface. */
public final class DefaultProviders extends Service implements Providers {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultProviders(Transport transport) {
    super(transport);
  }

  @Override
  public Page<Provider> list() {
    return list(ListQuery.builder().build());
  }

  @Override
  public Page<Provider> list(ListQuery query) {
    Objects.requireNonNull(query, "query == null: build one with ListQuery.builder()");
    return Paging.fetch(query.page(), query.pageSize(),
        (page, size) -> caller.execute(api.providers(QueryParams.list(query, page))));
  }

  @Override
  public CompletableFuture<Page<Provider>> listAsync() {
    return async.supply(this::list);
  }

  @Override
  public CompletableFuture<Page<Provider>> listAsync(ListQuery query) {
    Objects.requireNonNull(query, "query == null: build one with ListQuery.builder()");
    return async.supply(() -> list(query));
  }
}
