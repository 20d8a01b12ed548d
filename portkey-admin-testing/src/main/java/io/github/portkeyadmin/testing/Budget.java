package io.github.portkeyadmin.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A usage limit of a {@link FakeKey} or {@link FakeWorkspace}: a cost budget in US dollars or a
 * token budget, with an optional alert threshold and reset. The limit is either fixed or sized so
 * that the key's traffic since the last reset uses a given percentage of it ({@link #sizedToUse}).
 *
 * @param type {@code cost} or {@code tokens}
 * @param limit the credit limit (dollars for cost); empty while sized to usage
 * @param usedPercent the share of the limit the key's traffic has used, for a sized limit
 * @param alertThreshold the alert threshold in the limit's unit, if any
 * @param alertPercent the alert threshold as a percentage of a sized limit, if any
 * @param periodicReset {@code monthly} or {@code weekly}, if the budget resets so
 * @param resetDays the reset period in days ({@code periodic_reset_days}), if it resets so
 * @param nextResetIn for a reset every N days, how long after now the next reset is
 */
public record Budget(String type, OptionalLong limit, OptionalDouble usedPercent,
    OptionalLong alertThreshold, OptionalInt alertPercent, Optional<String> periodicReset,
    OptionalInt resetDays, Optional<Duration> nextResetIn) {

  /**
   * Checks the budget.
   *
   * @param type {@code cost} or {@code tokens}
   * @param limit the credit limit (dollars for cost); empty while sized to usage
   * @param usedPercent the share of the limit the key's traffic has used, for a sized limit
   * @param alertThreshold the alert threshold in the limit's unit, if any
   * @param alertPercent the alert threshold as a percentage of a sized limit, if any
   * @param periodicReset {@code monthly} or {@code weekly}, if the budget resets so
   * @param resetDays the reset period in days ({@code periodic_reset_days}), if it resets so
   * @param nextResetIn for a reset every N days, how long after now the next reset is
   * @throws IllegalArgumentException if neither or both of limit and usedPercent are set, or a
   *    value is out of range
   */
  public Budget {
    Objects.requireNonNull(type, "type == null");
    if (limit.isPresent() == usedPercent.isPresent()) {
      throw new IllegalArgumentException("a budget has either a limit or a used percentage");
    }
    if (limit.isPresent() && limit.getAsLong() < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit.getAsLong());
    }
  }

  /**
   * A cost budget of {@code dollars} US dollars, without alert or reset.
   *
   * @param dollars the limit, at least 1
   * @return a new budget
   */
  public static Budget costDollars(long dollars) {
    return new Budget("cost", OptionalLong.of(dollars), OptionalDouble.empty(),
        OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty());
  }

  /**
   * A token budget of {@code tokens} tokens, without alert or reset.
   *
   * @param tokens the limit, at least 1
   * @return a new budget
   */
  public static Budget tokens(long tokens) {
    return new Budget("tokens", OptionalLong.of(tokens), OptionalDouble.empty(),
        OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty());
  }

  /**
   * The same kind of budget with its limit sized so that the key's traffic since the last reset
   * uses {@code percent} of it (a cost limit rounded up to whole dollars, a token limit up to a
   * multiple of 100,000): a key near its limit is {@code sizedToUse(90)}.
   *
   * @param percent the share of the limit used, above 0
   * @return a new budget
   * @throws IllegalArgumentException if percent is not above 0
   */
  public Budget sizedToUse(double percent) {
    if (!(percent > 0)) {
      throw new IllegalArgumentException("percent must be above 0, got " + percent);
    }
    return new Budget(type, OptionalLong.empty(), OptionalDouble.of(percent), alertThreshold,
        alertPercent, periodicReset, resetDays, nextResetIn);
  }

  /**
   * The same budget with an alert threshold in its unit.
   *
   * @param threshold dollars for a cost budget, tokens for a token budget
   * @return a new budget
   */
  public Budget alertAt(long threshold) {
    return new Budget(type, limit, usedPercent, OptionalLong.of(threshold), OptionalInt.empty(),
        periodicReset, resetDays, nextResetIn);
  }

  /**
   * The same budget with an alert threshold at a percentage of its limit.
   *
   * @param percent 1 to 100
   * @return a new budget
   */
  public Budget alertAtPercent(int percent) {
    return new Budget(type, limit, usedPercent, OptionalLong.empty(), OptionalInt.of(percent),
        periodicReset, resetDays, nextResetIn);
  }

  /**
   * The same budget, reset on the 1st of each month at 00:00 UTC.
   *
   * @return a new budget
   */
  public Budget monthly() {
    return new Budget(type, limit, usedPercent, alertThreshold, alertPercent,
        Optional.of("monthly"), OptionalInt.empty(), Optional.empty());
  }

  /**
   * The same budget, reset every {@code days} days, next in {@code nextResetIn}.
   *
   * @param days 1 to 365
   * @param nextResetIn how long after now the next reset is
   * @return a new budget
   */
  public Budget everyDays(int days, Duration nextResetIn) {
    return new Budget(type, limit, usedPercent, alertThreshold, alertPercent, Optional.empty(),
        OptionalInt.of(days), Optional.of(nextResetIn));
  }
}
