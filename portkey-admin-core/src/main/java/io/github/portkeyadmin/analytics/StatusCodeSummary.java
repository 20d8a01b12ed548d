package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Errors over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusCodeSummary.class)
@JsonDeserialize(as = ImmutableStatusCodeSummary.class)
public interface StatusCodeSummary {
  /**
   * Total errors.
   *
   * @return the count
   */
  @JsonProperty("total_errors")
  @Value.Default
  default long totalErrors() {
    return 0;
  }

  /**
   * Distinct error status codes.
   *
   * @return the count
   */
  @JsonProperty("unique_error_codes")
  @Value.Default
  default long uniqueErrorCodes() {
    return 0;
  }
}
