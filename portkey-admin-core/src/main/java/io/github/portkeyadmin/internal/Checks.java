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

  /**
   * Requires a page number from 0 and a page size from 1.
   *
   * @param page the page number
   * @param pageSize the page size
   * @throws IllegalArgumentException naming the parameter and the fix
   */
  public static void requirePaging(int page, int pageSize) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0 (pages count from 0), got " + page);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
    }
  }
}
