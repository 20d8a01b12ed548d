package io.github.portkeyadmin.insights;

/**
 * The verdict of {@link KeyHealthCheck} on one virtual key, declared from the most to the least
 * urgent; a key gets the first that applies.
 */
public enum KeyVerdict {
  /** Portkey marks the key {@code exhausted}: its budget is used up until a reset. */
  EXHAUSTED,
  /** Portkey marks the key {@code expired}, or its expiry time has passed. */
  EXPIRED,
  /**
   * The key's status is one this SDK does not know (e.g. {@code suspended}) or was not sent: it
   * may not be usable, so it is not called healthy.
   */
  UNKNOWN_STATUS,
  /** The key expires within the check's window (7 days by default). */
  EXPIRING,
  /**
   * The usage the caller supplied has reached the key's alert threshold or, without one, a share of
   * its limit (80% by default). Portkey reports no usage on keys, so without supplied usage no key
   * gets this verdict.
   */
  NEAR_LIMIT,
  /** None of the above. */
  HEALTHY
}
