package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A rate in one time bucket, in percent. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRateDataPoint.class)
@JsonDeserialize(as = ImmutableRateDataPoint.class)
public interface RateDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * The rate in percent (0 to 100, may be fractional).
   *
   * @return the rate
   */
  @JsonProperty("rate")
  @Value.Default
  default BigDecimal rate() {
    return BigDecimal.ZERO;
  }
}
