package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;

/** Requests in one time bucket. A missing count reads as zero. */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestDataPoint.class)
@JsonDeserialize(as = ImmutableRequestDataPoint.class)
public interface RequestDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Requests in the bucket.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }
}
