package io.github.portkeyadmin.analytics;

import io.github.portkeyadmin.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The validations of {@link AnalyticsQuery}, each throwing a message that says what to fix. */
final class QueryChecks {
  /** Allowed bounds of a decimal filter; {@code null} means unbounded. */
  record Bounds(BigDecimal lowest, BigDecimal highest) {}

  static final Bounds NON_NEGATIVE = new Bounds(BigDecimal.ZERO, null);
  static final Bounds FEEDBACK_SCORE = new Bounds(BigDecimal.valueOf(-10), BigDecimal.TEN);

  private QueryChecks() {}

  static void requireCsvSafe(List<String> values, String name) {
    for (int i = 0; i < values.size(); i++) {
      String label = name + "[" + i + "]";
      Checks.requireNonBlank(values.get(i), label, "drop the entry");
      if (values.get(i).contains(",")) {
        throw new IllegalArgumentException(label + " \"" + values.get(i)
            + "\" contains a comma, which the API reads as a separator; add each value separately");
      }
    }
  }

  static void requireModelPair(String pair) {
    int separator = pair.indexOf("__");
    if (separator <= 0 || separator + 2 >= pair.length()) {
      throw new IllegalArgumentException("models entry \"" + pair
          + "\" must be provider__model, e.g. openai__gpt-4o; use addModel(provider, model)");
    }
  }

  static void requireStatusCode(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException(
          "statusCodes entry " + code + " is not an HTTP status; use 100 to 599");
    }
  }

  static void requireDecimalRange(
      Optional<BigDecimal> min, Optional<BigDecimal> max, Bounds bounds, String minName,
      String maxName) {
    min.ifPresent(value -> requireWithin(value, bounds, minName));
    max.ifPresent(value -> requireWithin(value, bounds, maxName));
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      throw inverted(minName, min.get(), maxName, max.get());
    }
  }

  static void requireCountRange(OptionalLong min, OptionalLong max, String name) {
    String minName = name + "Min";
    String maxName = name + "Max";
    requireNonNegative(min, minName);
    requireNonNegative(max, maxName);
    if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
      throw inverted(minName, min.getAsLong(), maxName, max.getAsLong());
    }
  }

  /** Unset values are the server's defaults and always valid. */
  static void requirePaging(OptionalInt page, OptionalInt pageSize) {
    Checks.requirePaging(page.orElse(0), pageSize.orElse(1));
  }

  private static void requireWithin(BigDecimal value, Bounds bounds, String name) {
    boolean tooLow = bounds.lowest() != null && value.compareTo(bounds.lowest()) < 0;
    boolean tooHigh = bounds.highest() != null && value.compareTo(bounds.highest()) > 0;
    if (tooLow || tooHigh) {
      String allowed = bounds.highest() == null
          ? ">= " + bounds.lowest()
          : bounds.lowest() + " to " + bounds.highest();
      throw new IllegalArgumentException(
          name + " must be " + allowed + ", got " + value.toPlainString());
    }
  }

  private static void requireNonNegative(OptionalLong value, String name) {
    if (value.isPresent() && value.getAsLong() < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value.getAsLong());
    }
  }

  private static IllegalArgumentException inverted(
      String minName, Object min, String maxName, Object max) {
    return new IllegalArgumentException(minName + " (" + min + ") must not exceed " + maxName
        + " (" + max + "); swap the two values");
  }
}
