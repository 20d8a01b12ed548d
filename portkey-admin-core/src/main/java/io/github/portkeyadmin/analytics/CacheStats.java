package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Cache performance over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheStats.class)
@JsonDeserialize(as = ImmutableCacheStats.class)
public interface CacheStats {
  /**
   * Cache hits.
   *
   * @return the count
   */
  @JsonProperty("hits")
  @Value.Default
  default long hits() {
    return 0;
  }

  /**
   * Average latency of cache hits (the spec states no unit; milliseconds
   * in practice).
   *
   * @return the average
   */
  @JsonProperty("avg_latency")
  @Value.Default
  default BigDecimal avgLatency() {
    return BigDecimal.ZERO;
  }

  /**
   * All requests.
   *
   * @return the count
   */
  @JsonProperty("total_requests")
  @Value.Default
  default long totalRequests() {
    return 0;
  }

  /**
   * How much faster cache hits were, in percent.
   *
   * @return the speedup
   */
  @JsonProperty("cache_speedup")
  @Value.Default
  default BigDecimal cacheSpeedup() {
    return BigDecimal.ZERO;
  }
}
