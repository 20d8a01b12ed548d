package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An average in one time bucket. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAverageDataPoint.class)
@JsonDeserialize(as = ImmutableAverageDataPoint.class)
public interface AverageDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * The average in the bucket (may be fractional).
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }
}
