package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.logexports.LogExport;
import io.github.portkeyadmin.logexports.LogExports;
import io.github.portkeyadmin.logexports.SignedUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** {@link LogExports} over the Retrofit interface. */
public final class DefaultLogExports extends Service implements LogExports {
  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultLogExports(Transport transport) {
    super(transport);
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

  @Override
  public LogExport get(String exportId) {
    return caller.execute(api.logExport(Ids.require(exportId, "exportId")));
  }

  @Override
  public SignedUrl downloadUrl(String exportId) {
    ExportDownload download =
        caller.execute(api.logExportDownload(Ids.require(exportId, "exportId")));
    return signedUrl(download.signedUrl());
  }

  @Override
  public CompletableFuture<LogExport> getAsync(String exportId) {
    Ids.require(exportId, "exportId");
    return async.supply(() -> get(exportId));
  }

  @Override
  public CompletableFuture<SignedUrl> downloadUrlAsync(String exportId) {
    Ids.require(exportId, "exportId");
    return async.supply(() -> downloadUrl(exportId));
  }

  /** Parses the URL without ever putting it, or a parser message quoting it, in an exception. */
  private static SignedUrl signedUrl(@Nullable String url) {
    try {
      URI uri = new URI(Objects.requireNonNullElse(url, ""));
      if (uri.isAbsolute()) {
        return SignedUrl.of(uri);
      }
    } catch (URISyntaxException e) {
      // Not rethrown: its message quotes the URL, which is a secret.
    }
    throw new MalformedResponseException(
        "the export download answer has no valid signed_url (value withheld: it is a secret)", null);
  }
}
