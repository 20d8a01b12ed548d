package io.github.portkeyadmin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A value of an enumeration that the server may extend at any time.
 *
 * <p>Portkey adds statuses and units without notice (a key status {@code expired}, an export
 * status {@code queued}). Reading such a value never fails: it becomes the constant {@code
 * UNKNOWN} of the enum, and {@link #raw()} keeps the string the server sent, so callers can log
 * or compare it. A wire value matches the constant of the same name, ignoring case and reading
 * {@code -} as {@code _} ({@code in_progress} is {@code IN_PROGRESS}, {@code workspace-user} is
 * {@code WORKSPACE_USER}).
 *
 * @param <E> an enum that declares a constant named {@code UNKNOWN}
 */
public final class OpenEnum<E extends Enum<E>> {
  private static final String UNKNOWN = "UNKNOWN";

  private final E value;
  private final String raw;

  private OpenEnum(E value, String raw) {
    this.value = value;
    this.raw = raw;
  }

  /**
   * Reads a wire value.
   *
   * @param type the enum class; it must declare a constant {@code UNKNOWN}
   * @param raw the string the server sent
   * @param <E> the enum type
   * @return the matching constant, or {@code UNKNOWN} keeping {@code raw}
   * @throws IllegalArgumentException if {@code type} has no {@code UNKNOWN} constant
   */
  public static <E extends Enum<E>> OpenEnum<E> of(Class<E> type, String raw) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(raw, "raw == null");
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().equals(UNKNOWN) && constant.name().equalsIgnoreCase(raw.replace('-', '_'))) {
        return new OpenEnum<>(constant, raw);
      }
    }
    return new OpenEnum<>(unknownOf(type), raw);
  }

  /**
   * Wraps a known constant, for building values in tests or comparisons.
   *
   * @param known the constant
   * @param <E> the enum type
   * @return a value whose {@link #raw()} is the constant's name in lower case
   */
  public static <E extends Enum<E>> OpenEnum<E> of(E known) {
    Objects.requireNonNull(known, "known == null");
    return new OpenEnum<>(known, wireName(known));
  }

  /**
   * The value used when the server sent no value at all: {@code UNKNOWN} with an empty raw string.
   *
   * @param type the enum class; it must declare a constant {@code UNKNOWN}
   * @param <E> the enum type
   * @return {@code UNKNOWN} with raw {@code ""}
   * @throws IllegalArgumentException if {@code type} has no {@code UNKNOWN} constant
   */
  public static <E extends Enum<E>> OpenEnum<E> absent(Class<E> type) {
    return new OpenEnum<>(unknownOf(type), "");
  }

  /**
   * The known constant, or {@code UNKNOWN} when the server sent a value this version does not know.
   *
   * @return the constant
   */
  public E value() {
    return value;
  }

  /**
   * The string exactly as the server sent it ({@code ""} when absent).
   *
   * @return the raw wire value
   */
  @JsonValue
  public String raw() {
    return raw;
  }

  /**
   * Whether the value is the given constant.
   *
   * @param constant the constant to compare with
   * @return {@code true} if {@link #value()} is {@code constant}
   */
  public boolean is(E constant) {
    return value == constant;
  }

  /**
   * Whether this version of the SDK knows the value.
   *
   * @return {@code false} for {@code UNKNOWN}
   */
  public boolean isKnown() {
    return !value.name().equals(UNKNOWN);
  }

  private static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E unknownOf(Class<E> type) {
    try {
      return Enum.valueOf(type, UNKNOWN);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getName() + " must declare a constant UNKNOWN", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpenEnum<?> that && value == that.value && raw.equals(that.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, raw);
  }

  @Override
  public String toString() {
    return isKnown() ? raw : "UNKNOWN(" + raw + ")";
  }
}
