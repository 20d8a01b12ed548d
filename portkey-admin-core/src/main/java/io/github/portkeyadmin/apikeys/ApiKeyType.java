package io.github.portkeyadmin.apikeys;

/**
 * What an API key belongs to.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum ApiKeyType {
  /** Wire value {@code organisation-service}. */
  ORGANISATION_SERVICE,
  /** Wire value {@code workspace-service}. */
  WORKSPACE_SERVICE,
  /** Wire value {@code workspace-user}. */
  WORKSPACE_USER,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
