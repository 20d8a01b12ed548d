package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import io.github.portkeyadmin.workspaces.Workspaces;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Workspaces} over the Retrofit interface. */
public final class DefaultWorkspaces implements Workspaces {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;
  private final AsyncRunner async;

  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultWorkspaces(Transport transport) {
    this.api = transport.api();
    this.caller = transport.caller();
    this.async = transport.async();
  }

  @Override
  public Page<Workspace> list() {
    return list(WorkspaceQuery.builder().build());
  }

  @Override
  public Page<Workspace> list(WorkspaceQuery query) {
    requireQuery(query);
    return Paging.fetch(query.page(), query.pageSize(), (page, size) ->
        caller.execute(api.workspaces(QueryParams.workspaces(query, page, query.pageSize()))));
  }

  @Override
  public CompletableFuture<Page<Workspace>> listAsync() {
    return async.supply(this::list);
  }

  @Override
  public CompletableFuture<Page<Workspace>> listAsync(WorkspaceQuery query) {
    requireQuery(query);
    return async.supply(() -> list(query));
  }

  private static void requireQuery(WorkspaceQuery query) {
    Objects.requireNonNull(query, "query == null: build one with WorkspaceQuery.builder()");
  }
}
