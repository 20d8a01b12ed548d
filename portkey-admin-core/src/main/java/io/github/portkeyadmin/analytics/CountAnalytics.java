package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A count over time: unique users ({@code GET /analytics/graphs/users}), errors ({@code GET
 * /analytics/graphs/errors}) or feedbacks ({@code GET /analytics/graphs/feedbacks}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountAnalytics.class)
@JsonDeserialize(as = ImmutableCountAnalytics.class)
public interface CountAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default CountSummary summary() {
    return ImmutableCountSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<CountDataPoint> dataPoints();
}
