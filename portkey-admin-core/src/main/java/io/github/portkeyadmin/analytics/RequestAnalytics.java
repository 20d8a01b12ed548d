package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Request counts over time ({@code GET /analytics/graphs/requests}): a summary over the whole range and one point per time bucket.
 *
 * <p>Empty buckets arrive as points with zero values. A missing summary reads as zeros.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestAnalytics.class)
@JsonDeserialize(as = ImmutableRequestAnalytics.class)
public interface RequestAnalytics {
  /**
   * The totals over the whole range.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default RequestSummary summary() {
    return ImmutableRequestSummary.builder().build();
  }

  /**
   * One point per bucket, oldest first.
   *
   * @return the points, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<RequestDataPoint> dataPoints();
}
