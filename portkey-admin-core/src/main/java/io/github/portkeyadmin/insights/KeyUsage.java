package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.OpenEnum;
import io.github.portkeyadmin.internal.Money;
import io.github.portkeyadmin.limits.UsageLimitType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a virtual key has used of its budget since the budget's last reset, as the caller measured
 * it: Portkey reports no usage on keys. Measure it with analytics filtered on the key ({@code
 * addVirtualKeys(slug)}) over {@link KeyHealthCheck#usageWindow}: {@code cost(query)} for a cost
 * budget, {@code tokens(query)} for a token budget.
 *
 * @param type {@link UsageLimitType#COST} or {@link UsageLimitType#TOKENS}: the kind of budget the
 *     usage counts against
 * @param amount for {@code COST}, US <b>cents</b> as analytics report them; for {@code TOKENS},
 *     tokens
 */
public record KeyUsage(UsageLimitType type, BigDecimal amount) {

  /**
   * Checks the components.
   *
   * @param type see {@link #type()}
   * @param amount see {@link #amount()}
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code type} is {@code UNKNOWN} or {@code amount} negative
   */
  public KeyUsage {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(amount, "amount == null");
    if (type == UsageLimitType.UNKNOWN) {
      throw new IllegalArgumentException("type must be COST or TOKENS, not UNKNOWN");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must be >= 0, got " + amount.toPlainString());
    }
  }

  /**
   * Spend against a cost budget, in US cents as analytics report it (e.g. {@code
   * cost(query).summary().total()}).
   *
   * @param cents the spend in US cents
   * @return the usage
   * @throws NullPointerException if {@code cents} is {@code null}
   * @throws IllegalArgumentException if {@code cents} is negative
   */
  public static KeyUsage ofCostCents(BigDecimal cents) {
    return new KeyUsage(UsageLimitType.COST, cents);
  }

  /**
   * Tokens used against a token budget (e.g. {@code tokens(query).summary().total()}).
   *
   * @param tokens the tokens used
   * @return the usage
   * @throws IllegalArgumentException if {@code tokens} is negative
   */
  public static KeyUsage ofTokens(long tokens) {
    return new KeyUsage(UsageLimitType.TOKENS, BigDecimal.valueOf(tokens));
  }

  /**
   * Whether this usage counts against a budget of the given type.
   *
   * @param budgetType the budget's {@code UsageLimits.type()}
   * @return {@code true} if the types are the same known type
   */
  public boolean appliesTo(OpenEnum<UsageLimitType> budgetType) {
    return budgetType.is(type);
  }

  /**
   * The amount in the unit of a budget of this type: US <b>dollars</b> for cost (the cents divided
   * by 100, exactly), tokens for tokens.
   *
   * @return the amount in the budget's unit
   */
  public BigDecimal inBudgetUnit() {
    return type == UsageLimitType.COST ? Money.centsToDollars(amount) : amount;
  }
}
