package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Latency over a whole range, in milliseconds. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLatencySummary.class)
@JsonDeserialize(as = ImmutableLatencySummary.class)
public interface LatencySummary {
  /**
   * Average latency in milliseconds.
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }

  /**
   * Median latency in milliseconds.
   *
   * @return the 50th percentile
   */
  @JsonProperty("p50")
  @Value.Default
  default BigDecimal p50() {
    return BigDecimal.ZERO;
  }

  /**
   * 90th percentile latency in milliseconds.
   *
   * @return the 90th percentile
   */
  @JsonProperty("p90")
  @Value.Default
  default BigDecimal p90() {
    return BigDecimal.ZERO;
  }

  /**
   * 99th percentile latency in milliseconds.
   *
   * @return the 99th percentile
   */
  @JsonProperty("p99")
  @Value.Default
  default BigDecimal p99() {
    return BigDecimal.ZERO;
  }
}
