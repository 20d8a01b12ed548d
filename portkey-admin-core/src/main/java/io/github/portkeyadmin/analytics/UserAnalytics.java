package io.github.portkeyadmin.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.portkeyadmin.internal.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One user's requests and spend over the range ({@code GET /analytics/groups/users}). The server
 * sends the numbers as strings; they are read as numbers. A missing user reads as empty, missing
 * numbers as zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserAnalytics.class)
@JsonDeserialize(as = ImmutableUserAnalytics.class)
public interface UserAnalytics {
  /**
   * The user, as sent in the {@code _user} metadata of requests.
   *
   * @return the user, or empty if the server sent none (requests without {@code _user})
   */
  @JsonProperty("user")
  Optional<String> user();

  /**
   * Requests made by the user.
   *
   * @return the count
   */
  @JsonProperty("requests")
  @Value.Default
  default long requests() {
    return 0;
  }

  /**
   * Spend of the user in US cents (may be fractional).
   *
   * @return the cost in cents
   */
  @JsonProperty("cost")
  @Value.Default
  default BigDecimal cost() {
    return BigDecimal.ZERO;
  }

  /**
   * {@link #cost()} in US dollars, exact.
   *
   * @return the cost in dollars
   */
  default BigDecimal costDollars() {
    return Money.centsToDollars(cost());
  }
}
