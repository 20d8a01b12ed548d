package io.github.portkeyadmin.limits;

/** When a usage limit's counter resets: weekly on Sunday 00:00 UTC, monthly on the 1st 00:00 UTC. Read through {@link io.github.portkeyadmin.OpenEnum}, so new server values become {@link #UNKNOWN}. */
public enum PeriodicReset {
  /** Wire value {@code weekly}. */
  WEEKLY,
  /** Wire value {@code monthly}. */
  MONTHLY,
  /** A value this version of the SDK does not know; the raw string is kept. */
  UNKNOWN
}
