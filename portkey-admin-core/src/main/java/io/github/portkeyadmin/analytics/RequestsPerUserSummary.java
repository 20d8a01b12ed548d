package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Requests per user over a whole range. Missing values read as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequestsPerUserSummary.class)
@JsonDeserialize(as = ImmutableRequestsPerUserSummary.class)
public interface RequestsPerUserSummary {
  /**
   * Total requests.
   *
   * @return the count
   */
  @JsonProperty("total")
  @Value.Default
  default long total() {
    return 0;
  }

  /**
   * Unique users.
   *
   * @return the count
   */
  @JsonProperty("unique")
  @Value.Default
  default long unique() {
    return 0;
  }

  /**
   * Average requests per user.
   *
   * @return the average
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }
}
