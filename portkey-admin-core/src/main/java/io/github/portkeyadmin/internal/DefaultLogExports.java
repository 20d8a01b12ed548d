package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.logexports.LogExports;
import java.util.List;

/** {@link LogExports} over the Retrofit interface. */
public final class DefaultLogExports implements LogExports {
  private final PortkeyAdminApi api;
  private final ApiCaller caller;

  /**
   * Creates the service.
   *
   * @param api the endpoints
   * @param caller runs calls and maps failures
   */
  public DefaultLogExports(PortkeyAdminApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  @Override
  public List<LogExport> list() {
    return caller.execute(api.logExports(null)).data();
  }

  @Override
  public List<LogExport> list(String workspaceId) {
    Checks.requireNonBlank(workspaceId, "workspaceId",
        "pass the workspace's UUID or slug, or call list() for the key's own workspace");
    return caller.execute(api.logExports(workspaceId)).data();
  }
}
