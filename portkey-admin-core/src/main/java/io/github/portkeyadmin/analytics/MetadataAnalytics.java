package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Requests, spend and feedback for one value of a metadata key ({@code GET
 * /analytics/groups/metadata/{metadataKey}}), e.g. one team or customer. Missing numbers read as
 * zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetadataAnalytics.class)
@JsonDeserialize(as = ImmutableMetadataAnalytics.class)
public interface MetadataAnalytics {
  /**
   * The metadata value this row is for.
   *
   * @return the value, or empty if the server sent none
   */
  @JsonProperty("metadata_value")
  Optional<String> metadataValue();

  /**
   * Requests carrying the value.
   *
   * @return the count
   */
  @JsonProperty("requests")
  @Value.Default
  default long requests() {
    return 0;
  }

  /**
   * Spend of those requests in US cents (may be fractional).
   *
   * @return the cost in cents
   */
  @JsonProperty("cost")
  @Value.Default
  default BigDecimal cost() {
    return BigDecimal.ZERO;
  }

  /**
   * Average tokens per request.
   *
   * @return the average
   */
  @JsonProperty("avg_tokens")
  @Value.Default
  default BigDecimal avgTokens() {
    return BigDecimal.ZERO;
  }

  /**
   * Average weighted feedback score.
   *
   * @return the average
   */
  @JsonProperty("avg_weighted_feedback")
  @Value.Default
  default BigDecimal avgWeightedFeedback() {
    return BigDecimal.ZERO;
  }

  /**
   * Requests that got feedback.
   *
   * @return the count
   */
  @JsonProperty("requests_with_feedback")
  @Value.Default
  default long requestsWithFeedback() {
    return 0;
  }

  /**
   * The last request carrying the value.
   *
   * @return the time, or empty
   */
  @JsonProperty("last_seen")
  Optional<Instant> lastSeen();

  /**
   * {@link #cost()} in US dollars, exact.
   *
   * @return the cost in dollars
   */
  default BigDecimal costDollars() {
    return Money.centsToDollars(cost());
  }
}
