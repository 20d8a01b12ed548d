package io.github.portkeyadmin.limits;

/** What a usage limit counts: cost (budget in US dollars) or tokens. Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link #UNKNOWN}. */
public enum UsageLimitType {
  /** Wire value {@code cost}. */
  COST,
  /** Wire value {@code tokens}. */
  TOKENS,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
