package io.github.portkeyadmin.logexports;

import java.util.List;

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
}
