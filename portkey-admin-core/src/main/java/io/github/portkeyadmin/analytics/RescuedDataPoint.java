package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Requests rescued in one time bucket. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRescuedDataPoint.class)
@JsonDeserialize(as = ImmutableRescuedDataPoint.class)
public interface RescuedDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Requests rescued by retries, by retry number.
   *
   * @return the counts, empty if none
   */
  @JsonProperty("retry")
  List<RetryCount> retry();

  /**
   * Requests rescued by a fallback target.
   *
   * @return the count
   */
  @JsonProperty("fallback")
  @Value.Default
  default long fallback() {
    return 0;
  }
}
