package io.github.portkeyadmin.logexports;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Log export jobs ({@code GET /logs/exports}). The endpoint is not paginated.
 *
 * <p>Every method throws {@link io.github.portkeyadmin.errors.PortkeyException} subclasses on
 * failure. Thread-safe.
 */
public interface LogExports {
  /**
   * The exports of the key's workspace (for a workspace key) or the default workspace.
   *
   * @return the exports, newest first as the server orders them
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  List<LogExport> list();

  /**
   * The exports of one workspace; Admin API keys need this to pick the workspace.
   *
   * @param workspaceId the workspace's UUID or slug
   * @return the exports
   * @throws IllegalArgumentException if {@code workspaceId} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  List<LogExport> list(String workspaceId);

  /**
   * {@link #list()} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @return the future result
   */
  CompletableFuture<List<LogExport>> listAsync();

  /**
   * {@link #list(String)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param workspaceId the workspace's UUID or slug
   * @return the future result
   * @throws IllegalArgumentException if {@code workspaceId} is blank, at once
   */
  CompletableFuture<List<LogExport>> listAsync(String workspaceId);

  /**
   * One export, with its status ({@code GET /logs/exports/{exportId}}): poll it until {@link
   * LogExportStatus#SUCCESS}, then call {@link #downloadUrl(String)}.
   *
   * @param exportId the export's UUID
   * @return the export
   * @throws IllegalArgumentException if {@code exportId} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.NotFoundException if there is no such export
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  LogExport get(String exportId);

  /**
   * The pre-signed URL of a finished export's file ({@code GET
   * /logs/exports/{exportId}/download}). The URL is a secret: the SDK never logs it and {@link
   * SignedUrl#toString()} hides it.
   *
   * @param exportId the export's UUID
   * @return the URL to fetch the JSON Lines file from
   * @throws IllegalArgumentException if {@code exportId} is blank, before anything is sent
   * @throws io.github.portkeyadmin.errors.MalformedResponseException if the answer has no valid URL
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  SignedUrl downloadUrl(String exportId);

  /**
   * {@link #get(String)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param exportId the export's UUID
   * @return the future result
   * @throws IllegalArgumentException if {@code exportId} is blank, at once
   */
  CompletableFuture<LogExport> getAsync(String exportId);

  /**
   * {@link #downloadUrl(String)} without blocking the caller: it runs on the client's threads, with the same
   * retries. The future fails with the same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param exportId the export's UUID
   * @return the future result
   * @throws IllegalArgumentException if {@code exportId} is blank, at once
   */
  CompletableFuture<SignedUrl> downloadUrlAsync(String exportId);
}
