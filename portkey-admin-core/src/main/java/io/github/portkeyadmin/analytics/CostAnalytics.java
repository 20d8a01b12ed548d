package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Spend over time ({@code GET /analytics/graphs/cost}): a summary over the whole range and one point per time bucket.
 *
 * <p>Empty buckets arrive as points with zero values. A missing summary reads as zeros.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostAnalytics.class)
@JsonDeserialize(as = ImmutableCostAnalytics.class)
public interface CostAnalytics {
  /**
   * The totals over the whole range.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default CostSummary summary() {
    return ImmutableCostSummary.builder().build();
  }

  /**
   * One point per bucket, oldest first.
   *
   * @return the points, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<CostDataPoint> dataPoints();
}
