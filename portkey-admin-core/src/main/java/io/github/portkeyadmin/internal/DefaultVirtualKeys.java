package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeys;
import java.util.concurrent.CompletableFuture;

/** {@link VirtualKeys} over the Retrofit interface. */
public final class DefaultVirtualKeys extends Service implements VirtualKeys {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultVirtualKeys(Transport transport) {
    super(transport);
  }

  @Override
  public Page<VirtualKey> list() {
    return list(0, DEFAULT_PAGE_SIZE);
  }

  @Override
  public Page<VirtualKey> list(int page, int pageSize) {
    Checks.requirePaging(page, pageSize);
    return Paging.fetch(page, pageSize,
        (number, size) -> caller.execute(api.virtualKeys(number, pageSize)));
  }

  @Override
  public CompletableFuture<Page<VirtualKey>> listAsync() {
    return async.supply(this::list);
  }

  @Override
  public CompletableFuture<Page<VirtualKey>> listAsync(int page, int pageSize) {
    Checks.requirePaging(page, pageSize);
    return async.supply(() -> list(page, pageSize));
  }

  @Override
  public VirtualKey get(String slug) {
    return caller.execute(api.virtualKey(Ids.require(slug, "slug")));
  }

  @Override
  public CompletableFuture<VirtualKey> getAsync(String slug) {
    Ids.require(slug, "slug");
    return async.supply(() -> get(slug));
  }
}
