package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** Tokens over a whole range. Missing values read as zero. */
@Value.Immutable
@JsonSerialize(as = ImmutableTokenSummary.class)
@JsonDeserialize(as = ImmutableTokenSummary.class)
public interface TokenSummary {
  /**
   * Total tokens (prompt plus completion).
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }

  /**
   * Average tokens per request (may be fractional).
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }
}
