package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict of {@link KeyHealthCheck} on one virtual key, with its reason.
 *
 * @param key the key as listed
 * @param verdict the first verdict that applies, most urgent first
 * @param reason one line for people, e.g. {@code "expires 2026-12-02 (in 3 days)"}; money in US
 *     dollars, dates in ISO form (UTC)
 * @param usedPercent usage over the budget's limit in percent, rounded half-up to one decimal,
 *     where usage of the budget's type was supplied and the budget has a limit
 */
public record KeyHealth(
    VirtualKey key, KeyVerdict verdict, String reason, Optional<BigDecimal> usedPercent) {

  /**
   * Checks the components.
   *
   * @param key see {@link #key()}
   * @param verdict see {@link #verdict()}
   * @param reason see {@link #reason()}
   * @param usedPercent see {@link #usedPercent()}
   * @throws NullPointerException if a component is {@code null}
   */
  public KeyHealth {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(verdict, "verdict == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(usedPercent, "usedPercent == null");
  }

  /**
   * Whether the key needs attention: any verdict but {@link KeyVerdict#HEALTHY}.
   *
   * @return {@code true} unless healthy
   */
  public boolean needsAttention() {
    return verdict != KeyVerdict.HEALTHY;
  }
}
