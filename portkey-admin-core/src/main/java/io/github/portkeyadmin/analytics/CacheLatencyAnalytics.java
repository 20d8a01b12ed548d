package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Latency of cache hits over time, in milliseconds ({@code GET /analytics/graphs/cache/latency}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCacheLatencyAnalytics.class)
@JsonDeserialize(as = ImmutableCacheLatencyAnalytics.class)
public interface CacheLatencyAnalytics {
  /**
   * The summary, which the spec leaves untyped: whatever fields the server sends.
   *
   * @return field name to value, empty if none
   */
  @JsonProperty("summary")
  @AllowNulls
  Map<String, Object> summary();

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<AverageDataPoint> dataPoints();
}
