package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Errors by status code over the whole range, one row per code (no timestamps) ({@code GET /analytics/graphs/errors/status-codes}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusCodeAnalytics.class)
@JsonDeserialize(as = ImmutableStatusCodeAnalytics.class)
public interface StatusCodeAnalytics {
  /**
   * The totals over the whole range. A missing summary reads as zeros.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default StatusCodeSummary summary() {
    return ImmutableStatusCodeSummary.builder().build();
  }

  /**
   * The data points.
   *
   * @return one row per status code, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<StatusCodeCount> dataPoints();
}
