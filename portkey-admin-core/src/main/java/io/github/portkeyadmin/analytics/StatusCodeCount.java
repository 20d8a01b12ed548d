package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How many responses had one status code. Read from {@code status_code} or
 * {@code response_status_code}. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusCodeCount.class)
@JsonDeserialize(as = ImmutableStatusCodeCount.class)
public interface StatusCodeCount {
  /**
   * The HTTP status code.
   *
   * @return the status
   */
  @JsonProperty("status_code")
  @JsonAlias("response_status_code")
  @Value.Default
  default long statusCode() {
    return 0;
  }

  /**
   * How many responses had it.
   *
   * @return the count
   */
  @JsonProperty("count")
  @Value.Default
  default long count() {
    return 0;
  }
}
