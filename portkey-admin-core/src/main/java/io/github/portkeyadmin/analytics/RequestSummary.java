package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Requests over a whole range. A missing value reads as zero. */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestSummary.class)
@JsonDeserialize(as = ImmutableRequestSummary.class)
public interface RequestSummary {
  /**
   * Total requests.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }
}
