package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A rate over a whole range, in percent. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRateSummary.class)
@JsonDeserialize(as = ImmutableRateSummary.class)
public interface RateSummary {
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
