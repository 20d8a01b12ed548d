package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.RawRequests;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** {@link RawRequests} over the Retrofit interface, confined to paths below the base URL. */
public final class DefaultRawRequests extends Service implements RawRequests {
  /** Segments of letters, digits and {@code - _ . ~ %}, separated by single slashes. */
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*(/[A-Za-z0-9._~%-]+)*/?");

  /**
   * Creates the service.
   *
   * @param transport the client's HTTP stack
   */
  public DefaultRawRequests(Transport transport) {
    super(transport);
  }

  @Override
  public JsonNode get(String path) {
    return caller.execute(api.raw(requireRelative(path), Map.of()));
  }

  @Override
  public JsonNode get(String path, AnalyticsQuery query) {
    requireRelative(path);
    Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
    return caller.execute(api.raw(path, QueryParams.raw(query)));
  }

  @Override
  public CompletableFuture<JsonNode> getAsync(String path, AnalyticsQuery query) {
    requireRelative(path);
    Objects.requireNonNull(query, "query == null: build one with AnalyticsQuery.builder()");
    return async.supply(() -> get(path, query));
  }

  /** Refuses anything that could leave the base URL: schemes, hosts, absolute paths, dot segments. */
  static String requireRelative(String path) {
    Checks.requireNonBlank(path, "path", "pass a path below the base URL, e.g. analytics/groups/workspaces");
    boolean dotSegment = ("/" + path + "/").contains("/./") || ("/" + path + "/").contains("/../");
    if (!RELATIVE_PATH.matcher(path).matches() || dotSegment) {
      throw new IllegalArgumentException("path \"" + path + "\" must be relative to the base URL,"
          + " like analytics/groups/workspaces: no scheme, host, leading /, query or . and .."
          + " segments (parameters go in the AnalyticsQuery)");
    }
    return path;
  }
}
