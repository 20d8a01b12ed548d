package io.github.portkeyadmin.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait: exponential backoff from 0.5 s doubling to a cap of 8 s,
 * with jitter, unless the server said how long to wait and that is within the maximum wait.
 */
public final class RetryPolicy {
  /** Statuses worth retrying: the request was fine, the server or a proxy was not. */
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  private final int maxRetries;
  private final Duration maxRetryWait;
  private final DoubleSupplier random;

  /**
   * Creates a policy.
   *
   * @param maxRetries retries after the first attempt; 0 turns retrying off
   * @param maxRetryWait the longest server-requested wait that is honoured
   * @param random uniform values in [0, 1) for jitter
   */
  public RetryPolicy(int maxRetries, Duration maxRetryWait, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.maxRetryWait = maxRetryWait;
    this.random = random;
  }

  /**
   * Whether a response status is worth another attempt.
   *
   * @param status the HTTP status
   * @return {@code true} for 408, 429, 500, 502, 503 and 504
   */
  public static boolean isRetryableStatus(int status) {
    return RETRYABLE_STATUSES.contains(status);
  }

  /**
   * How many attempts the policy allows in all.
   *
   * @return {@code maxRetries + 1}
   */
  public int maxAttempts() {
    return maxRetries + 1;
  }

  /**
   * The wait before the attempt after {@code failedAttempt}, or empty to give up: attempts are
   * used up, or the server asked for a wait longer than the maximum.
   *
   * @param failedAttempt the attempt that just failed, from 1
   * @param retryAfter the wait the server asked for, if any
   * @return the wait, or empty to fail now
   */
  public Optional<Duration> delayAfter(int failedAttempt, Optional<Duration> retryAfter) {
    if (failedAttempt >= maxAttempts()) {
      return Optional.empty();
    }
    if (retryAfter.isPresent()) {
      return retryAfter.get().compareTo(maxRetryWait) <= 0 ? retryAfter : Optional.empty();
    }
    return Optional.of(backoff(failedAttempt));
  }

  /** 0.5 s, 1 s, 2 s ... capped at 8 s; the wait is drawn from [half, all] of that. */
  Duration backoff(int failedAttempt) {
    int doublings = Math.min(failedAttempt - 1, 5);
    long ceiling = Math.min(INITIAL_BACKOFF.toMillis() << doublings, MAX_BACKOFF.toMillis());
    long jittered = ceiling / 2 + (long) (random.getAsDouble() * (ceiling / 2.0));
    return Duration.ofMillis(jittered);
  }
}
