package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Errors by status code in one time bucket.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErrorStackDataPoint.class)
@JsonDeserialize(as = ImmutableErrorStackDataPoint.class)
public interface ErrorStackDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Error counts by status code.
   *
   * @return the counts, empty if none
   */
  @JsonProperty("stats")
  List<StatusCodeCount> stats();
}
