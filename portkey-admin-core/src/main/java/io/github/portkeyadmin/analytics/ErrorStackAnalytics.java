package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Errors by status code over time ({@code GET /analytics/graphs/errors/stacks}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErrorStackAnalytics.class)
@JsonDeserialize(as = ImmutableErrorStackAnalytics.class)
public interface ErrorStackAnalytics {
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
  List<ErrorStackDataPoint> dataPoints();
}
