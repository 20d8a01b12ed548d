package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Feedback by model over the whole range ({@code GET /analytics/graphs/feedbacks/ai-models}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackModelAnalytics.class)
@JsonDeserialize(as = ImmutableFeedbackModelAnalytics.class)
public interface FeedbackModelAnalytics {
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
   * @return one row per model, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<ModelFeedback> dataPoints();
}
