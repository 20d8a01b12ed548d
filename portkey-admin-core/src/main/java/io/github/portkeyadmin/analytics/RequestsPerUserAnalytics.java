package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Requests per user over time ({@code GET /analytics/graphs/users/requests}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestsPerUserAnalytics.class)
@JsonDeserialize(as = ImmutableRequestsPerUserAnalytics.class)
public interface RequestsPerUserAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default RequestsPerUserSummary summary() {
    return ImmutableRequestsPerUserSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<AverageDataPoint> dataPoints();
}
