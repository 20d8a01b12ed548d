package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Weighted feedback score over time ({@code GET /analytics/graphs/feedbacks/weighted}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedFeedbackAnalytics.class)
@JsonDeserialize(as = ImmutableWeightedFeedbackAnalytics.class)
public interface WeightedFeedbackAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default AverageSummary summary() {
    return ImmutableAverageSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one point per bucket, oldest first, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<AverageDataPoint> dataPoints();
}
