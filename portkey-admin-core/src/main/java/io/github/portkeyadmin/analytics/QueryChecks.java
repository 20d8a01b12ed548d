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

  /** What separates provider and model in {@code ai_org_model}. */
  static final String MODEL_SEPARATOR = "__";

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

  /**
   * Refuses a provider whose boundary with the model would be lost in the wire form {@code
   * provider__model}, which the server splits at the first {@code __}.
   */
  static void requireProvider(String provider) {
    Checks.requireNonBlank(provider, "addModel provider", "pass the provider's slug, e.g. \"openai\"");
    String problem = provider.contains(MODEL_SEPARATOR) ? "contains __"
        : provider.endsWith("_") ? "ends in _" : null;
    if (problem != null) {
      throw new IllegalArgumentException("addModel provider \"" + provider + "\" " + problem
          + ", which would run into the __ that ends the provider in the wire form provider__model"
          + " (ai_org_model), so the server would read another provider; pass the provider's slug"
          + " as Portkey shows it, e.g. \"openai\"");
    }
  }

  /** Refuses a model the server would read as no model: blank, or only underscores. */
  static void requireModel(String model) {
    Checks.requireNonBlank(model, "addModel model", "pass the model's name, e.g. \"gpt-4o\"");
    if (!isModelName(model)) {
      throw new IllegalArgumentException("addModel model \"" + model + "\" is only underscores,"
          + " which after the __ of provider__model leaves no model name; pass the model's name,"
          + " e.g. \"gpt-4o\"");
    }
  }

  /** A models entry: a provider, the first {@code __}, then a model name. */
  static void requireModelPair(String pair) {
    int separator = pair.indexOf(MODEL_SEPARATOR);
    if (separator <= 0 || pair.substring(0, separator).isBlank()
        || !isModelName(pair.substring(separator + MODEL_SEPARATOR.length()))) {
      throw new IllegalArgumentException("models entry \"" + pair
          + "\" must be provider__model, e.g. openai__gpt-4o, with a provider before the first __"
          + " and a model name after it; use addModel(provider, model)");
    }
  }

  private static boolean isModelName(String model) {
    return !model.isBlank() && !model.chars().allMatch(c -> c == '_');
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
