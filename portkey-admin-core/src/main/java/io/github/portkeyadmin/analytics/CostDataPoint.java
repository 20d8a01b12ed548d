package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/** Spend in one time bucket, in US cents. Missing values read as zero. */
@Value.Immutable
@JsonSerialize(as = ImmutableCostDataPoint.class)
@JsonDeserialize(as = ImmutableCostDataPoint.class)
public interface CostDataPoint {
  /**
   * The start of the bucket, UTC.
   *
   * @return the bucket start
   */
  @JsonProperty("timestamp")
  Instant timestamp();

  /**
   * Cost in the bucket in US cents (may be fractional).
   *
   * @return the total in cents
   */
  @JsonProperty("total")
  @Value.Default
  default BigDecimal total() {
    return BigDecimal.ZERO;
  }

  /**
   * Average cost per request in the bucket, in US cents.
   *
   * @return the average in cents
   */
  @JsonProperty("avg")
  @Value.Default
  default BigDecimal avg() {
    return BigDecimal.ZERO;
  }

  /**
   * {@link #total()} in US dollars, exact.
   *
   * @return the total in dollars
   */
  default BigDecimal totalDollars() {
    return Money.centsToDollars(total());
  }
}
