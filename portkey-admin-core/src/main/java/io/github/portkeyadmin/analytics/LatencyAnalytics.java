package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Latency percentiles over time ({@code GET /analytics/graphs/latency}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLatencyAnalytics.class)
@JsonDeserialize(as = ImmutableLatencyAnalytics.class)
public interface LatencyAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default LatencySummary summary() {
    return ImmutableLatencySummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<LatencyDataPoint> dataPoints();
}
