package io.github.portkeyadmin.apikeys;

import io.github.portkeyadmin.ListQuery;
import io.github.portkeyadmin.Page;
import java.util.concurrent.CompletableFuture;

/**
 * API keys of the organisation or a workspace, their values masked ({@code GET /api-keys}). Needs
 * an Admin API key or an API-key listing scope ({@code organisation_api_keys.list} or {@code
 * workspace_api_keys.list}).
 *
 * <p>Every method throws {@link io.github.portkeyadmin.errors.PortkeyException} subclasses on
 * failure. Thread-safe.
 */
public interface ApiKeys {
  /**
   * The first page, of {@value ListQuery#DEFAULT_PAGE_SIZE}, of the key's workspace. Use {@link
   * Page#autoPager()} for all.
   *
   * @return page 0
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<ApiKey> list();

  /**
   * One page, of the workspace the query names (Admin API keys should name one).
   *
   * @param query page, page size and workspace
   * @return the page; {@link Page#nextPage()} keeps the workspace
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<ApiKey> list(ListQuery query);

  /**
   * {@link #list()} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @return the future result
   */
  CompletableFuture<Page<ApiKey>> listAsync();

  /**
   * {@link #list(ListQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query page, page size and workspace
   * @return the future result
   */
  CompletableFuture<Page<ApiKey>> listAsync(ListQuery query);
}
