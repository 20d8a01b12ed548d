package io.github.portkeyadmin.limits;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.OpenEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A budget: a credit limit on cost or tokens, optionally reset every week, month or N days.
 *
 * <p>Units: when {@link #type()} is {@link UsageLimitType#COST} the limit and threshold are in
 * <b>US dollars</b> (not cents, unlike analytics); when it is {@link UsageLimitType#TOKENS} they
 * are token counts. Portkey reports no current usage here.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUsageLimits.class)
@JsonDeserialize(as = ImmutableUsageLimits.class)
public interface UsageLimits {
  /**
   * The limit: US dollars for a cost budget, tokens for a token budget.
   *
   * @return the limit, or empty if none is set
   */
  @JsonProperty("credit_limit")
  Optional<BigDecimal> creditLimit();

  /**
   * What the limit counts. Defaults to {@code UNKNOWN} with an empty raw value when absent.
   *
   * @return cost or tokens
   */
  @JsonProperty("type")
  @Value.Default
  default OpenEnum<UsageLimitType> type() {
    return OpenEnum.absent(UsageLimitType.class);
  }

  /**
   * The usage, in the limit's unit, at which Portkey alerts.
   *
   * @return the threshold, or empty
   */
  @JsonProperty("alert_threshold")
  Optional<BigDecimal> alertThreshold();

  /**
   * A weekly or monthly reset of the usage counter.
   *
   * @return the reset period, or empty for none (or a reset every N days)
   */
  @JsonProperty("periodic_reset")
  Optional<OpenEnum<PeriodicReset>> periodicReset();

  /**
   * A reset every N days (1 to 365), exclusive with {@link #periodicReset()}.
   *
   * @return the days, or empty
   */
  @JsonProperty("periodic_reset_days")
  OptionalInt periodicResetDays();

  /**
   * When the counter resets next.
   *
   * @return the instant, or empty
   */
  @JsonProperty("next_usage_reset_at")
  Optional<Instant> nextUsageResetAt();
}
