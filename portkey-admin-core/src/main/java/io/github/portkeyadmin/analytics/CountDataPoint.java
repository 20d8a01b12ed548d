package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A count in one time bucket. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountDataPoint.class)
@JsonDeserialize(as = ImmutableCountDataPoint.class)
public interface CountDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * The count in the bucket.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }
}
