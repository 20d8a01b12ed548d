package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Requests rescued by retries and fallbacks over time ({@code GET /analytics/graphs/requests/rescued}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRescuedAnalytics.class)
@JsonDeserialize(as = ImmutableRescuedAnalytics.class)
public interface RescuedAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default RescuedSummary summary() {
    return ImmutableRescuedSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<RescuedDataPoint> dataPoints();
}
