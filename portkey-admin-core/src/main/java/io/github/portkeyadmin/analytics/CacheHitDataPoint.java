package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Cache hits in one time bucket. Savings are US cents. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheHitDataPoint.class)
@JsonDeserialize(as = ImmutableCacheHitDataPoint.class)
public interface CacheHitDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Hits of the simple (exact) cache.
   *
   * @return the count
   */
  @JsonProperty("simple_hits")
  @Value.Default
  default long simpleHits() {
    return 0;
  }

  /**
   * Hits of the semantic cache.
   *
   * @return the count
   */
  @JsonProperty("semantic_hits")
  @Value.Default
  default long semanticHits() {
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

  /**
   * Savings from simple cache hits up to this bucket, in US cents.
   *
   * @return the savings in cents
   */
  @JsonProperty("cumulative_simple_cache_savings")
  @Value.Default
  default BigDecimal cumulativeSimpleCacheSavings() {
    return BigDecimal.ZERO;
  }

  /**
   * Savings from semantic cache hits up to this bucket, in US cents.
   *
   * @return the savings in cents
   */
  @JsonProperty("cumulative_semantic_cache_savings")
  @Value.Default
  default BigDecimal cumulativeSemanticCacheSavings() {
    return BigDecimal.ZERO;
  }
}
