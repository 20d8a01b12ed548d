package io.github.portkeyadmin.apikeys;

/**
 * The status of an API key: usable, out of budget, or past its expiry.
 *
 * <p>Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link
 * #UNKNOWN}.
 */
public enum ApiKeyStatus {
  /** Wire value {@code active}. */
  ACTIVE,
  /** Wire value {@code exhausted}. */
  EXHAUSTED,
  /** Wire value {@code expired}. */
  EXPIRED,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
