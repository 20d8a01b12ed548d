package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.workspaces.Workspace;
import io.github.portkeyadmin.workspaces.WorkspaceQuery;
import io.github.portkeyadmin.workspaces.Workspaces;
import java.util.Objects;

/** {@link Workspaces} over the Retrofit interface. */
public final class DefaultWorkspaces implements Workspaces {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;

  /**
   * Creates the service.
   *
   * @param api the endpoints
   * @param caller runs calls and maps failures
   */
  public DefaultWorkspaces(PortkeyAdminApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  @Override
  public Page<Workspace> list() {
    return list(WorkspaceQuery.builder().build());
  }

  @Override
  public Page<Workspace> list(WorkspaceQuery query) {
    Objects.requireNonNull(query, "query == null: build one with WorkspaceQuery.builder()");
    return Paging.fetch(query.page(), query.pageSize(), (page, size) ->
        caller.execute(api.workspaces(QueryParams.workspaces(query, page, query.pageSize()))));
  }
}
