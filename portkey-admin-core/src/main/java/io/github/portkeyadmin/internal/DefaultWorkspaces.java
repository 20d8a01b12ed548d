package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceDetails;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import io.github.portkeyadmin.workspaces.Workspaces;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Workspaces} over the Retrofit interface. */
public final class DefaultWorkspaces extends Service implements Workspaces {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultWorkspaces(Transport transport) {
    super(transport);
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

  @Override
  public WorkspaceDetails get(String workspaceId) {
    return caller.execute(api.workspace(Ids.require(workspaceId, "workspaceId")));
  }

  @Override
  public CompletableFuture<WorkspaceDetails> getAsync(String workspaceId) {
    Ids.require(workspaceId, "workspaceId");
    return async.supply(() -> get(workspaceId));
  }
}
