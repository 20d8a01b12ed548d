package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/** Tokens in one time bucket. Missing values read as zero. */
@Value.Immutable
@JsonSerialize(as = ImmutableTokenDataPoint.class)
@JsonDeserialize(as = ImmutableTokenDataPoint.class)
public interface TokenDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Tokens in the bucket.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }

  /**
   * Average tokens per request in the bucket (may be fractional).
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }
}
