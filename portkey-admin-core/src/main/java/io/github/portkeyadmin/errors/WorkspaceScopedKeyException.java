package io.github.portkeyadmin.errors;

import java.util.Map;
import java.util.Optional;

/**
 * HTTP 403 (Portkey code {@code AB03}): the key is valid but may not make this call.
 *
 * <p>Typically the key is a workspace API key, or an Admin API key without the needed scope:
 * analytics need an organisation Admin API key or a key with the {@code analytics.view} scope.
 * Portkey also answers 403 for a resource outside the key's workspace. The message names the
 * scope the endpoint needs, see {@link #requiredScope()}.
 */
public class WorkspaceScopedKeyException extends PortkeyApiException {
  private static final long serialVersionUID = 1L;

  /** Endpoint path fragment to the scope it needs, first match wins. */
  private static final Map<String, String> SCOPES_BY_PATH = Map.of(
      "/analytics/", "analytics.view",
      "/admin/workspaces", "workspaces.list",
      "/virtual-keys", "virtual_keys.list",
      "/logs/exports", "logs.export",
      "/providers", "providers.list",
      "/api-keys", "organisation_api_keys.list");

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public WorkspaceScopedKeyException(ApiError error) {
    super(error, advice(scopeFor(error.endpoint())));
  }

  /**
   * The scope Portkey documents for the endpoint that was called, e.g. {@code analytics.view}.
   *
   * @return the scope, or empty for an endpoint the SDK has no scope on record for
   */
  public Optional<String> requiredScope() {
    return scopeFor(error().endpoint());
  }

  private static Optional<String> scopeFor(String endpoint) {
    return SCOPES_BY_PATH.entrySet().stream()
        .filter(entry -> endpoint.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static String advice(Optional<String> scope) {
    String needed = scope.map(s -> "a key with the " + s + " scope").orElse("a key with the needed scope");
    return "The key is valid but not allowed to make this call: it is likely a workspace API key"
        + " or lacks a scope. Use an organisation Admin API key, or " + needed
        + " (Portkey app: Admin Settings, API Keys, create an Admin key or edit the key's scopes)";
  }
}
