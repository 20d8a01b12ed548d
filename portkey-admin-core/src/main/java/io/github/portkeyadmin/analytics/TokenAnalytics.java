package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Token use over time ({@code GET /analytics/graphs/tokens}): a summary over the whole range and one point per time bucket.
 *
 * <p>Empty buckets arrive as points with zero values. A missing summary reads as zeros.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTokenAnalytics.class)
@JsonDeserialize(as = ImmutableTokenAnalytics.class)
public interface TokenAnalytics {
  /**
   * The totals over the whole range.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  @Value.Default
  default TokenSummary summary() {
    return ImmutableTokenSummary.builder().build();
  }

  /**
   * One point per bucket, oldest first.
   *
   * @return the points, empty if the server sent none
   */
  @JsonProperty("data_points")
  List<TokenDataPoint> dataPoints();
}
