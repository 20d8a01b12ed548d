package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Requests rescued over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRescuedSummary.class)
@JsonDeserialize(as = ImmutableRescuedSummary.class)
public interface RescuedSummary {
  /**
   * Requests rescued by a retry.
   *
   * @return the count
   */
  @JsonProperty("retry")
  @Value.Default
  default long retry() {
    return 0;
  }

  /**
   * Requests rescued by a fallback target.
   *
   * @return the count
   */
  @JsonProperty("fallback")
  @Value.Default
  default long fallback() {
    return 0;
  }
}
