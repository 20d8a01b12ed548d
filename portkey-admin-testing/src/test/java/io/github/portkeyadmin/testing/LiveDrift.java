package io.github.portkeyadmin.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The departures from the official spec that the test server makes on purpose, because the live
 * server makes them (API-FACTS.md), and nothing else. Each is narrow: a JSON pointer pattern and
 * the values allowed there.
 */
final class LiveDrift {
  /**
   * §6.2: analytics metrics are {@code integer} in the spec, but costs in cents, averages and
   * percentages arrive as decimals (docs' metadata sample {@code cost: 3887.3066}).
   */
  private static final List<Pattern> DECIMAL_METRICS = List.of(
      Pattern.compile("/summary/(avg|rate|total)"),
      Pattern.compile("/data_points/\\d+/(avg|rate|total|avg_weighted_feedback"
          + "|cumulative_simple_cache_savings|cumulative_semantic_cache_savings)"),
      Pattern.compile("/data/\\d+/(cost|avg_weighted_feedback)"));

  /**
   * §6.6 growing enums: {@code expired} virtual keys (the Providers enum has it, VirtualKeys
   * lacks it), {@code queued} exports (3P), and {@code suspended}, the status the demo invents on
   * purpose to show how the SDK keeps a status it does not know.
   */
  private static final Map<Pattern, Set<String>> EXTRA_ENUM_VALUES = Map.of(
      Pattern.compile("(/data/\\d+)?/status"), Set.of("expired", "suspended", "queued"));

  static final LiveDrift NONE = new LiveDrift(false);
  static final LiveDrift LIVE = new LiveDrift(true);

  private final boolean live;

  private LiveDrift(boolean live) {
    this.live = live;
  }

  /**
   * §11: optional objects and lists arrive as JSON {@code null} (usage_limits, rate_limits,
   * expires_at, model_config, defaults ...), not absent. Never for required properties.
   */
  boolean nullsForOptional() {
    return live;
  }

  boolean decimalForInteger(String pointer) {
    return live && DECIMAL_METRICS.stream().anyMatch(p -> p.matcher(pointer).matches());
  }

  boolean extraEnumValue(String pointer, String value) {
    return live && EXTRA_ENUM_VALUES.entrySet().stream()
        .anyMatch(e -> e.getKey().matcher(pointer).matches() && e.getValue().contains(value));
  }
}
