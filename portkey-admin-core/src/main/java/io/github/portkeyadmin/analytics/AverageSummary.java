package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An average over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAverageSummary.class)
@JsonDeserialize(as = ImmutableAverageSummary.class)
public interface AverageSummary {
  /**
   * The average (may be fractional).
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }
}
