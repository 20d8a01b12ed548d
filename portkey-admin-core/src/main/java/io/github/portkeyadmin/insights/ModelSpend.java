package io.github.portkeyadmin.insights;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's line in {@link SpendByModel}.
 *
 * @param model the model as Portkey names it, e.g. {@code gpt-4o} ({@code ""} if the server sent
 *     none)
 * @param requests requests to the model, from the grouped rows; 0 when the rows did not list it
 * @param costCents spend in US cents: the sum of the model's cost series where one was given,
 *     else the cost of its grouped row; empty when neither says
 * @param sharePercent the model's part of {@link SpendByModel#totalCents()} in percent, rounded
 *     half-up to one decimal; empty when the cost is unknown or the total is zero
 * @param trend spend in the first versus the second half of the range; {@link
 *     TrendDirection#NOT_ENOUGH_DATA} without a series
 */
public record ModelSpend(
    String model,
    long requests,
    Optional<BigDecimal> costCents,
    Optional<BigDecimal> sharePercent,
    Trend trend) {

  /**
   * Checks the components.
   *
   * @param model see {@link #model()}
   * @param requests see {@link #requests()}
   * @param costCents see {@link #costCents()}
   * @param sharePercent see {@link #sharePercent()}
   * @param trend see {@link #trend()}
   * @throws NullPointerException if any component is {@code null}
   */
  public ModelSpend {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(costCents, "costCents == null");
    Objects.requireNonNull(sharePercent, "sharePercent == null");
    Objects.requireNonNull(trend, "trend == null");
  }

  /**
   * {@link #costCents()} in US dollars, exact.
   *
   * @return the spend in dollars, or empty when unknown
   */
  @JsonProperty("costDollars")
  public Optional<BigDecimal> costDollars() {
    return costCents.map(Money::centsToDollars);
  }
}
