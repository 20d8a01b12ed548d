package io.github.portkeyadmin.internal;

import java.math.BigDecimal;

/** Unit conversions for money: analytics report US cents. */
public final class Money {
  private Money() {}

  /**
   * Converts cents to dollars exactly, keeping every fractional digit.
   *
   * @param cents an amount in US cents
   * @return the amount in US dollars
   */
  public static BigDecimal centsToDollars(BigDecimal cents) {
    return cents.movePointLeft(2);
  }
}
