package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Cache performance over the whole range ({@code GET /analytics/summary/cache}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheSummaryAnalytics.class)
@JsonDeserialize(as = ImmutableCacheSummaryAnalytics.class)
public interface CacheSummaryAnalytics {
  /**
   * The cache figures. A missing summary reads as zeros.
   *
   * @return the figures
   */
  @JsonProperty("summary")
  @Value.Default
  default CacheStats summary() {
    return ImmutableCacheStats.builder().build();
  }
}
