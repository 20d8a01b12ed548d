package io.github.portkeyadmin.virtualkeys;

import io.github.portkeyadmin.Page;
import java.util.concurrent.CompletableFuture;

/**
 * The virtual keys of the key's workspace ({@code GET /virtual-keys}). Portkey marks this endpoint
 * deprecated in favour of providers, and still serves it.
 *
 * <p>Every method throws {@link io.github.portkeyadmin.errors.PortkeyException} subclasses on
 * failure. Thread-safe.
 */
public interface VirtualKeys {
  /** The page size {@link #list()} asks for, as Portkey's own default: {@value}. */
  int DEFAULT_PAGE_SIZE = 50;

  /**
   * The first page, of {@value #DEFAULT_PAGE_SIZE} keys. Use {@link Page#autoPager()} for all.
   *
   * @return page 0
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<VirtualKey> list();

  /**
   * One page of keys.
   *
   * @param page the page number, from 0
   * @param pageSize keys per page, at least 1
   * @return the page
   * @throws IllegalArgumentException if {@code page} is negative or {@code pageSize} below 1,
   *     before anything is sent
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<VirtualKey> list(int page, int pageSize);

  /**
   * {@link #list()} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @return the future result
   */
  CompletableFuture<Page<VirtualKey>> listAsync();

  /**
   * {@link #list(int, int)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param page the page number, from 0
   * @param pageSize keys per page, at least 1
   * @return the future result
   * @throws IllegalArgumentException if {@code page} is negative or {@code pageSize} below 1,
   *     at once
   */
  CompletableFuture<Page<VirtualKey>> listAsync(int page, int pageSize);

  /**
   * One virtual key ({@code GET /virtual-keys/{slug}}).
   *
   * @param slug the key's slug
   * @return the key
   * @throws IllegalArgumentException if {@code slug} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.NotFoundException if there is no such key
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  VirtualKey get(String slug);

  /**
   * {@link #get(String)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param slug the key's slug
   * @return the future result
   * @throws IllegalArgumentException if {@code slug} is blank, at once
   */
  CompletableFuture<VirtualKey> getAsync(String slug);
}
