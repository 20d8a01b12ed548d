package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Feedbacks by score over the whole range, one row per score (no timestamps) ({@code GET /analytics/graphs/feedbacks/scores}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackScoreAnalytics.class)
@JsonDeserialize(as = ImmutableFeedbackScoreAnalytics.class)
public interface FeedbackScoreAnalytics {
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
   * @return one row per score, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<ScoreCount> dataPoints();
}
