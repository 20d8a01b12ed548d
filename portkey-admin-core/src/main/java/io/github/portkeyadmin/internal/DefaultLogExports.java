package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.logexports.LogExports;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link LogExports} over the Retrofit interface. */
public final class DefaultLogExports implements LogExports {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;
  private final AsyncRunner async;

  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultLogExports(Transport transport) {
    this.api = transport.api();
    this.caller = transport.caller();
    this.async = transport.async();
  }

  @Override
  public List<LogExport> list() {
    return caller.execute(api.logExports(null)).data();
  }

  @Override
  public List<LogExport> list(String workspaceId) {
    requireWorkspaceId(workspaceId);
    return caller.execute(api.logExports(workspaceId)).data();
  }

  @Override
  public CompletableFuture<List<LogExport>> listAsync() {
    return async.supply(this::list);
  }

  @Override
  public CompletableFuture<List<LogExport>> listAsync(String workspaceId) {
    requireWorkspaceId(workspaceId);
    return async.supply(() -> list(workspaceId));
  }

  private static void requireWorkspaceId(String workspaceId) {
    Checks.requireNonBlank(workspaceId, "workspaceId",
        "pass the workspace's UUID or slug, or call list() for the key's own workspace");
  }
}
