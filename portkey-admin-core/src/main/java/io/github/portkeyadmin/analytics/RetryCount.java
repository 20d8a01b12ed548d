package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Requests that succeeded after a number of retries. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRetryCount.class)
@JsonDeserialize(as = ImmutableRetryCount.class)
public interface RetryCount {
  /**
   * The retry on which the request succeeded.
   *
   * @return the retry number
   */
  @JsonProperty("retry_success_count")
  @Value.Default
  default long retrySuccessCount() {
    return 0;
  }

  /**
   * How many requests succeeded on it.
   *
   * @return the count
   */
  @JsonProperty("count")
  @Value.Default
  default long count() {
    return 0;
  }
}
