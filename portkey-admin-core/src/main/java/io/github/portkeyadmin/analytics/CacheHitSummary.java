package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Cache hits over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheHitSummary.class)
@JsonDeserialize(as = ImmutableCacheHitSummary.class)
public interface CacheHitSummary {
  /**
   * Total cache hits.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }

  /**
   * Hit rate in percent.
   *
   * @return the rate
   */
  @JsonProperty("rate")
  @Value.Default
  default BigDecimal rate() {
    return BigDecimal.ZERO;
  }
}
