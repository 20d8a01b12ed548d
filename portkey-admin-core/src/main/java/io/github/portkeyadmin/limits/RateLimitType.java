package io.github.portkeyadmin.limits;

/** What a rate limit counts. Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link #UNKNOWN}. */
public enum RateLimitType {
  /** Wire value {@code requests}. */
  REQUESTS,
  /** Wire value {@code tokens}. */
  TOKENS,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
