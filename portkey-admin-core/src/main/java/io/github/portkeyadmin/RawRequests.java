package io.github.portkeyadmin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import java.util.concurrent.CompletableFuture;

/**
 * An escape hatch for read-only endpoints the SDK has no typed call for (yet): GET any path below
 * the base URL and get the JSON tree, with the same key, retries and exceptions as every call.
 *
 * <pre>{@code
 * JsonNode rows = client.raw().get("analytics/groups/workspaces", query);
 * }</pre>
 *
 * <p>The path is relative to the base URL ({@code analytics/groups/workspaces}, not {@code
 * /v1/...} and never a full URL, which could send the key to another host). It must stay below
 * the base URL: dot segments are refused in any spelling ({@code ..}, {@code .}, {@code %2e%2e},
 * {@code .%2E}, in any case; percent-escapes are decoded repeatedly, so the doubly-encoded {@code
 * %252e%252e} too), and so are backslashes and encoded slashes or backslashes ({@code %2F},
 * {@code %5C}) anywhere in the path. Other escapes ({@code %20}, {@code %3A}) are sent as they are.
 * Refused paths throw {@link IllegalArgumentException} before anything is sent. Thread-safe.
 */
public interface RawRequests {
  /**
   * GETs a path without parameters.
   *
   * @param path the path below the base URL, e.g. {@code providers/openai-prod}
   * @return the parsed JSON body
   * @throws IllegalArgumentException if the path is blank, absolute, a URL, has a query, a dot
   *     segment in any spelling, a backslash or an encoded slash or backslash, before anything is
   *     sent
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  JsonNode get(String path);

  /**
   * GETs a path with an analytics query's parameters (its paging included, when set).
   *
   * @param path the path below the base URL, e.g. {@code analytics/groups/workspaces}
   * @param query workspace, range, filters and paging
   * @return the parsed JSON body
   * @throws IllegalArgumentException if the path is blank, absolute, a URL, has a query, a dot
   *     segment in any spelling, a backslash or an encoded slash or backslash, before anything is
   *     sent
   * @throws io.github.portkeyadmin.errors.PortkeyException if the request fails
   */
  JsonNode get(String path, AnalyticsQuery query);

  /**
   * {@link #get(String, AnalyticsQuery)} without blocking the caller. The future fails with the
   * same exceptions; its {@code join()} throws them unwrapped.
   *
   * @param path the path below the base URL
   * @param query workspace, range, filters and paging
   * @return the future result
   * @throws IllegalArgumentException for a bad path, at once
   */
  CompletableFuture<JsonNode> getAsync(String path, AnalyticsQuery query);
}
