package io.github.portkeyadmin.internal;

import java.util.Objects;

/** Argument checks whose messages name the parameter, what was wrong, and the fix. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null, non-blank string.
   *
   * @param value the value
   * @param name the parameter's name as the caller knows it
   * @param fix how to fix a bad value
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String requireNonBlank(String value, String name, String fix) {
    Objects.requireNonNull(value, () -> name + " == null: " + fix);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: " + fix);
    }
    return value;
  }
}
