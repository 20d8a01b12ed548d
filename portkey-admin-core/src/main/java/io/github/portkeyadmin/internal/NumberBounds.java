package io.github.portkeyadmin.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The bounds a number from a response must keep, so that no answer can drive a caller's
 * arithmetic into a long computation: at most {@value #MAX_DIGITS} significant digits and a
 * decimal exponent (of the scientific form {@code d.ddd × 10^e}) within ±{@value #MAX_EXPONENT}.
 * Every {@code double} the server could have computed fits with room to spare; {@code 1e3000000}
 * and {@code 1e999999999} do not.
 */
public final class NumberBounds {
  /** The most significant digits a number may have: {@value}. */
  public static final int MAX_DIGITS = 400;

  /** The largest decimal exponent, either sign, a number may have: {@value}. */
  public static final int MAX_EXPONENT = 400;

  /** The longest text read as a number, as Jackson's own limit for numbers in JSON: {@value}. */
  static final int MAX_TEXT_LENGTH = 1000;

  private static final int SHOWN_LENGTH = 40;

  private NumberBounds() {}

  /**
   * Whether a number keeps the bounds.
   *
   * @param value the number
   * @return true if it has at most {@value #MAX_DIGITS} digits and an exponent within ±{@value
   *     #MAX_EXPONENT}
   */
  public static boolean isWithin(BigDecimal value) {
    long exponent = value.precision() - 1L - value.scale();
    return value.precision() <= MAX_DIGITS && Math.abs(exponent) <= MAX_EXPONENT;
  }

  /**
   * Reads text as a number within the bounds.
   *
   * @param text the text, surrounding whitespace ignored
   * @return the number, or empty if the text is not a number or the number is out of bounds
   */
  public static Optional<BigDecimal> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(trimmed);
      return isWithin(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The exact {@code long} value of a number within the bounds: {@code 12.0} and {@code 1.2e1}
   * are 12.
   *
   * @param value a number within the bounds
   * @return the value, or empty if it has a fractional part or does not fit a {@code long}
   */
  public static OptionalLong wholeValue(BigDecimal value) {
    try {
      return OptionalLong.of(value.longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * A short description of a number for a message: the number if short, else its size.
   *
   * @param value the number
   * @return e.g. {@code 2.7}, {@code 1E+3000000} or {@code a 950-digit number}
   */
  static String describe(BigDecimal value) {
    String text = value.toString();
    return text.length() <= SHOWN_LENGTH ? text : "a " + value.precision() + "-digit number";
  }

  /** The bounds in words, for messages. */
  static String inWords() {
    return "at most " + MAX_DIGITS + " digits and an exponent within ±" + MAX_EXPONENT;
  }
}
