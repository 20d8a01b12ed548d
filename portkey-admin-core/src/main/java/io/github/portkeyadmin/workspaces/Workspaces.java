package io.github.portkeyadmin.workspaces;

import io.github.portkeyadmin.Page;
import java.util.concurrent.CompletableFuture;

/**
 * The organisation's workspaces ({@code GET /admin/workspaces}). Needs an Admin API key or the
 * {@code workspaces.list} scope.
 *
 * <p>Every method throws {@link io.github.portkeyadmin.errors.PortkeyException} subclasses on
 * failure. Thread-safe.
 */
public interface Workspaces {
  /**
   * The first page of {@value WorkspaceQuery#DEFAULT_PAGE_SIZE} workspaces, unfiltered. Use {@link
   * Page#autoPager()} for all.
   *
   * @return page 0
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<Workspace> list();

  /**
   * One page of workspaces matching the query.
   *
   * @param query page, page size and filters
   * @return the page; {@link Page#nextPage()} keeps the filters
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  Page<Workspace> list(WorkspaceQuery query);

  /**
   * {@link #list()} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @return the future result
   */
  CompletableFuture<Page<Workspace>> listAsync();

  /**
   * {@link #list(WorkspaceQuery)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param query page, page size and filters
   * @return the future result
   */
  CompletableFuture<Page<Workspace>> listAsync(WorkspaceQuery query);

  /**
   * One workspace with its members ({@code GET /admin/workspaces/{workspaceId}}). Needs an Admin
   * API key or the {@code workspaces.read} scope.
   *
   * @param workspaceId the workspace's UUID or slug
   * @return the workspace
   * @throws IllegalArgumentException if {@code workspaceId} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.NotFoundException if there is no such workspace
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  WorkspaceDetails get(String workspaceId);

  /**
   * {@link #get(String)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param workspaceId the workspace's UUID or slug
   * @return the future result
   * @throws IllegalArgumentException if {@code workspaceId} is blank, at once
   */
  CompletableFuture<WorkspaceDetails> getAsync(String workspaceId);
}
