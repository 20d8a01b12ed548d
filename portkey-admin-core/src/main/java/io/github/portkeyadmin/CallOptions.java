package io.github.portkeyadmin;

import io.github.portkeyadmin.internal.HeaderChecks;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Overrides for the calls made through {@link PortkeyAdminClient#withOptions}: the retry count,
 * the whole-call timeout and extra headers. Unset values keep the client's own. Immutable.
 *
 * <pre>{@code
 * CostAnalytics cost = client
 *     .withOptions(o -> o.maxRetries(0).callTimeout(Duration.ofSeconds(5)).header("x-team", "ops"))
 *     .analytics().cost(query);
 * }</pre>
 */
public final class CallOptions {
  private static final CallOptions NONE = new CallOptions(new Builder());

  private final OptionalInt maxRetries;
  private final Optional<Duration> callTimeout;
  private final Map<String, String> headers;

  private CallOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.callTimeout = builder.callTimeout;
    this.headers = Collections.unmodifiableMap(new TreeMap<>(builder.headers));
  }

  /**
   * Starts a builder with nothing overridden.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No overrides.
   *
   * @return the empty options
   */
  public static CallOptions none() {
    return NONE;
  }

  /**
   * The retry count that replaces the client's {@code maxRetries}.
   *
   * @return the override, if set
   */
  public OptionalInt maxRetries() {
    return maxRetries;
  }

  /**
   * The whole-call timeout that replaces the client's {@code callTimeout}.
   *
   * @return the override, if set
   */
  public Optional<Duration> callTimeout() {
    return callTimeout;
  }

  /**
   * Headers added to each request, after the client's default headers (a name set in both takes
   * this value).
   *
   * @return name to value, names compared ignoring case
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * These options with {@code later}'s values where it sets them, headers merged.
   *
   * @param later the options that win
   * @return the merged options
   */
  public CallOptions mergedWith(CallOptions later) {
    Builder merged = new Builder();
    merged.maxRetries = later.maxRetries.isPresent() ? later.maxRetries : maxRetries;
    merged.callTimeout = later.callTimeout.isPresent() ? later.callTimeout : callTimeout;
    merged.headers.putAll(headers);
    merged.headers.putAll(later.headers);
    return new CallOptions(merged);
  }

  @Override
  public String toString() {
    return "CallOptions{maxRetries=" + maxRetries + ", callTimeout=" + callTimeout
        + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link CallOptions}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private OptionalInt maxRetries = OptionalInt.empty();
    private Optional<Duration> callTimeout = Optional.empty();
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Builder() {}

    /**
     * Overrides how many times a failed call is retried.
     *
     * @param maxRetries 0 (no retries) to 10
     * @return this builder
     * @throws IllegalArgumentException if outside 0 to 10
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = OptionalInt.of(PortkeyAdminClient.Builder.requireRetries(maxRetries));
      return this;
    }

    /**
     * Overrides the whole-call timeout; zero means none.
     *
     * @param timeout the timeout, not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout =
          Optional.of(PortkeyAdminClient.Builder.requireTimeout(timeout, "callTimeout"));
      return this;
    }

    /**
     * Adds a header to each request.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if malformed, or {@code x-portkey-api-key}, {@code
     *     User-Agent}, {@code Host}, {@code Content-Length}, {@code Transfer-Encoding} or {@code
     *     Connection}
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      HeaderChecks.check("header", name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CallOptions build() {
      return new CallOptions(this);
    }
  }
}
