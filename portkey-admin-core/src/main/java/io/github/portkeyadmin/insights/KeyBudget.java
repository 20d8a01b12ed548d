package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.limits.UsageLimitType;
import io.github.portkeyadmin.limits.UsageLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A key's budget and the usage supplied for it, in the budget's unit: US dollars for a cost budget
 * (the usage's cents divided by 100), tokens for a token budget.
 *
 * @param limits the budget with a credit limit, or empty when the key has none
 * @param used the usage in the budget's unit, where usage of the budget's type was supplied
 * @param usedPercent {@code used} over the limit, percent, rounded half-up to one decimal
 */
record KeyBudget(
    Optional<UsageLimits> limits,
    Optional<BigDecimal> used,
    Optional<BigDecimal> usedPercent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static KeyBudget of(Optional<UsageLimits> usageLimits, @Nullable KeyUsage usage) {
    Optional<UsageLimits> limits = usageLimits
        .filter(l -> l.creditLimit().filter(limit -> limit.signum() > 0).isPresent());
    if (usage == null || limits.isEmpty() || !usage.appliesTo(limits.get().type())) {
      return new KeyBudget(limits, Optional.empty(), Optional.empty());
    }
    BigDecimal used = usage.inBudgetUnit();
    BigDecimal percent = used.multiply(HUNDRED)
        .divide(limits.get().creditLimit().orElseThrow(), 1, RoundingMode.HALF_UP);
    return new KeyBudget(limits, Optional.of(used), Optional.of(percent));
  }

  /**
   * Whether the usage reached the alert threshold or, without one, {@code percent}% of the limit,
   * compared exactly (not on the rounded {@link #usedPercent()}).
   */
  boolean isNear(int percent) {
    if (used.isEmpty()) {
      return false;
    }
    UsageLimits budget = limits.orElseThrow();
    Optional<BigDecimal> threshold = budget.alertThreshold();
    if (threshold.isPresent()) {
      return used.get().compareTo(threshold.get()) >= 0;
    }
    BigDecimal near = budget.creditLimit().orElseThrow().multiply(BigDecimal.valueOf(percent));
    return used.get().multiply(HUNDRED).compareTo(near) >= 0;
  }

  /** {@code "$500.00 monthly cost budget, $120.00 used (24.0%)"}, or {@code "no budget"}. */
  String describe() {
    if (limits.isEmpty()) {
      return "no budget";
    }
    String text = phrase(limits.get());
    if (used.isEmpty()) {
      return text + " (usage not supplied)";
    }
    return text + ", " + amount(limits.get(), used.get()) + " used ("
        + usedPercent.orElseThrow().toPlainString() + "%)";
  }

  /** {@code "used $850.00 of its $1,000.00 monthly cost budget (85.0%), alert at $800.00"}. */
  String usage() {
    UsageLimits budget = limits.orElseThrow();
    return "used " + amount(budget, used.orElseThrow()) + " of its " + phrase(budget) + " ("
        + usedPercent.orElseThrow().toPlainString() + "%)"
        + budget.alertThreshold().map(t -> ", alert at " + amount(budget, t)).orElse("");
  }

  /** {@code ": $250.00 monthly cost budget used up; resets 2026-12-01 (in 2 days)"}, or "". */
  String exhausted(Instant now) {
    if (limits.isEmpty()) {
      return "";
    }
    UsageLimits budget = limits.get();
    Optional<Instant> reset = budget.nextUsageResetAt().filter(at -> at.isAfter(now));
    return ": " + phrase(budget) + " used up" + reset.map(at -> "; resets " + Texts.date(at)
        + " (in " + Texts.span(Duration.between(now, at)) + ")").orElse("");
  }

  /** {@code "$500.00 monthly cost budget"}, {@code "weekly budget of 100,000 tokens"}. */
  private static String phrase(UsageLimits budget) {
    String period = period(budget);
    BigDecimal limit = budget.creditLimit().orElseThrow();
    if (budget.type().is(UsageLimitType.COST)) {
      return Texts.dollars(limit) + " " + period + "cost budget";
    }
    if (budget.type().is(UsageLimitType.TOKENS)) {
      return period + "budget of " + Texts.count(limit) + " tokens";
    }
    return period + "budget of " + Texts.count(limit) + " (type \"" + budget.type().raw() + "\")";
  }

  private static String amount(UsageLimits budget, BigDecimal value) {
    if (budget.type().is(UsageLimitType.COST)) {
      return Texts.dollars(value);
    }
    return Texts.count(value) + " tokens";
  }

  private static String period(UsageLimits budget) {
    if (budget.periodicReset().isPresent()) {
      return budget.periodicReset().get().raw() + " ";
    }
    if (budget.periodicResetDays().isPresent()) {
      return budget.periodicResetDays().getAsInt() + "-day ";
    }
    return "";
  }
}
