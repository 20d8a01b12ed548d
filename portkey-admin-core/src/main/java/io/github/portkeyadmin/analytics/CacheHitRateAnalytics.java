package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Cache hits, hit rate and savings over time ({@code GET /analytics/graphs/cache/hit-rate}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheHitRateAnalytics.class)
@JsonDeserialize(as = ImmutableCacheHitRateAnalytics.class)
public interface CacheHitRateAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default CacheHitSummary summary() {
    return ImmutableCacheHitSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<CacheHitDataPoint> dataPoints();
}
