package io.github.portkeyadmin.limits;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import org.immutables.value.Value;

/** A rate limit: at most {@link #value()} requests or tokens per minute, hour or day. */
@Value.Immutable
@JsonSerialize(as = ImmutableRateLimit.class)
@JsonDeserialize(as = ImmutableRateLimit.class)
public interface RateLimit {
  /**
   * What is counted. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return requests or tokens
   */
  @JsonProperty("type")
  @Value.Default
  default OpenEnum<RateLimitType> type() {
    return OpenEnum.absent(RateLimitType.class);
  }

  /**
   * The period. {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return per minute, hour or day
   */
  @JsonProperty("unit")
  @Value.Default
  default OpenEnum<RateLimitUnit> unit() {
    return OpenEnum.absent(RateLimitUnit.class);
  }

  /**
   * The allowed count per period. 0 when absent.
   *
   * @return the limit
   */
  @JsonProperty("value")
  @Value.Default
  default long value() {
    return 0;
  }
}
