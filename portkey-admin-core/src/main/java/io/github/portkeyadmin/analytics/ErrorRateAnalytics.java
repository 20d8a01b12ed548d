package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Error rate over time, in percent ({@code GET /analytics/graphs/errors/rate}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErrorRateAnalytics.class)
@JsonDeserialize(as = ImmutableErrorRateAnalytics.class)
public interface ErrorRateAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default RateSummary summary() {
    return ImmutableRateSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<RateDataPoint> dataPoints();
}
