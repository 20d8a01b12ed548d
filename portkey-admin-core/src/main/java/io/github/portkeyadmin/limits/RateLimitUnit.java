package io.github.portkeyadmin.limits;

/** The period of a rate limit: per day, hour or minute. Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link #UNKNOWN}. */
public enum RateLimitUnit {
  /** Wire value {@code rpd}. */
  RPD,
  /** Wire value {@code rph}. */
  RPH,
  /** Wire value {@code rpm}. */
  RPM,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
