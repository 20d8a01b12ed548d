package io.github.portkeyadmin.testing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A model an {@link Organisation}'s traffic uses, with its price and its share of requests. Its
 * share {@code d} days ago (up to 30) is {@code share + growth * (1 - d/30) + decline * d/30}:
 * growth is what it gained over the month, decline what it lost.
 *
 * @param provider the provider, as the {@code ai_org_model} filter names it
 * @param name the model's name
 * @param centsPerRequest its price per request in US cents
 * @param tokensPerRequest tokens per request
 * @param share its base share of requests
 * @param growth share gained over the last 30 days
 * @param decline share lost over the last 30 days
 * @param sinceDaysAgo the model is used only in the last N days, if set
 * @param dailySpendDollars if set, its spend per UTC day in a workspace of traffic scale 1, in US
 *     dollars, whatever its requests
 */
public record FakeModel(String provider, String name, BigDecimal centsPerRequest,
    long tokensPerRequest, double share, double growth, double decline, OptionalInt sinceDaysAgo,
    Optional<BigDecimal> dailySpendDollars) {

  /**
   * Checks the model.
   *
   * @param provider the provider, as the {@code ai_org_model} filter names it
   * @param name the model's name
   * @param centsPerRequest its price per request in US cents
   * @param tokensPerRequest tokens per request
   * @param share its base share of requests
   * @param growth share gained over the last 30 days
   * @param decline share lost over the last 30 days
   * @param sinceDaysAgo the model is used only in the last N days, if set
   * @param dailySpendDollars if set, its spend per UTC day in a workspace of traffic scale 1, in US
   *    dollars, whatever its requests
   * @throws NullPointerException if a name or the price is null
   */
  public FakeModel {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(centsPerRequest, "centsPerRequest == null");
  }

  /**
   * A model with a steady share of requests.
   *
   * @param provider e.g. {@code openai}
   * @param name e.g. {@code gpt-4o}
   * @param centsPerRequest price per request in US cents, e.g. {@code "1.10"}
   * @param tokensPerRequest tokens per request
   * @param share its share of requests
   * @return a new model
   */
  public static FakeModel of(String provider, String name, String centsPerRequest,
      long tokensPerRequest, double share) {
    return new FakeModel(provider, name, new BigDecimal(centsPerRequest), tokensPerRequest, share,
        0, 0, OptionalInt.empty(), Optional.empty());
  }

  /**
   * The value of the {@code ai_org_model} analytics filter that selects this model.
   *
   * @return {@code provider__name}
   */
  public String filterValue() {
    return provider + "__" + name;
  }

  /**
   * The same model with its spend fixed per UTC day.
   *
   * @param dollars US dollars a day in a workspace of traffic scale 1
   * @return a new model
   */
  public FakeModel withDailySpend(BigDecimal dollars) {
    return new FakeModel(provider, name, centsPerRequest, tokensPerRequest, share, growth, decline,
        sinceDaysAgo, Optional.of(dollars));
  }

  /**
   * The same model with a trend.
   *
   * @param gained share gained over the last 30 days
   * @param lost share lost over the last 30 days
   * @return a new model
   */
  public FakeModel trending(double gained, double lost) {
    return new FakeModel(provider, name, centsPerRequest, tokensPerRequest, share, gained, lost,
        sinceDaysAgo, dailySpendDollars);
  }

  /**
   * The same model, used only in the last {@code days} days.
   *
   * @param days how long ago it arrived
   * @return a new model
   */
  public FakeModel since(int days) {
    return new FakeModel(provider, name, centsPerRequest, tokensPerRequest, share, growth, decline,
        OptionalInt.of(days), dailySpendDollars);
  }

  /** The share of requests {@code daysAgo} days ago. */
  double shareAt(double daysAgo) {
    if (sinceDaysAgo.isPresent() && daysAgo >= sinceDaysAgo.getAsInt()) {
      return 0;
    }
    double past = Math.min(daysAgo, 30) / 30;
    return share + growth * (1 - past) + decline * past;
  }
}
