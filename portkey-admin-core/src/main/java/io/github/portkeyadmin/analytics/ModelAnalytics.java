package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One model's requests (and, where the server sends it, spend) over the range ({@code GET
 * /analytics/groups/ai-models}). The spec declares no cost on these rows; the live server has been
 * seen sending one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelAnalytics.class)
@JsonDeserialize(as = ImmutableModelAnalytics.class)
public interface ModelAnalytics {
  /**
   * The model, e.g. {@code gpt-4o}.
   *
   * @return the model, or empty if the server sent none
   */
  @JsonProperty("ai_model")
  Optional<String> aiModel();

  /**
   * Requests made to the model.
   *
   * @return the count
   */
  @JsonProperty("requests")
  @Value.Default
  default long requests() {
    return 0;
  }

  /**
   * Spend on the model in US cents, when the server sends it.
   *
   * @return the cost in cents, or empty
   */
  @JsonProperty("cost")
  Optional<BigDecimal> cost();

  /**
   * {@link #cost()} in US dollars, exact.
   *
   * @return the cost in dollars, or empty
   */
  default Optional<BigDecimal> costDollars() {
    return cost().map(Money::centsToDollars);
  }
}
