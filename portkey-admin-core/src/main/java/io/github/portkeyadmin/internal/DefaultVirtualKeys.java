package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import io.github.portkeyadmin.virtualkeys.VirtualKeys;

/** {@link VirtualKeys} over the Retrofit interface. */
public final class DefaultVirtualKeys implements VirtualKeys {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;

  /**
   * Creates the service.
   *
   * @param api the endpoints
   * @param caller runs calls and maps failures
   */
  public DefaultVirtualKeys(PortkeyAdminApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  @Override
  public Page<VirtualKey> list() {
    return list(0, DEFAULT_PAGE_SIZE);
  }

  @Override
  public Page<VirtualKey> list(int page, int pageSize) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0 (pages count from 0), got " + page);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
    }
    return Paging.fetch(page, pageSize,
        (number, size) -> caller.execute(api.virtualKeys(number, pageSize)));
  }
}
