package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.ImmutableCostAnalytics;
import io.github.portkeyadmin.analytics.ImmutableCostDataPoint;
import io.github.portkeyadmin.analytics.ImmutableModelAnalytics;
import io.github.portkeyadmin.analytics.ImmutableRequestAnalytics;
import io.github.portkeyadmin.analytics.ImmutableRequestDataPoint;
import io.github.portkeyadmin.analytics.ImmutableTokenAnalytics;
import io.github.portkeyadmin.analytics.ImmutableTokenDataPoint;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the SDK's series as the server would send them, one bucket per step from a start. */
final class Series {
  static final Instant DAY_1 = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant HOUR_0 = Instant.parse("2026-03-01T00:00:00Z");

  private Series() {}

  static Instant day(int index) {
    return DAY_1.plus(Duration.ofDays(index));
  }

  static Instant hour(int index) {
    return HOUR_0.plus(Duration.ofHours(index));
  }

  /** Daily cost points from {@link #DAY_1}, in cents. */
  static CostAnalytics dailyCost(String... cents) {
    ImmutableCostAnalytics.Builder graph = ImmutableCostAnalytics.builder();
    for (int i = 0; i < cents.length; i++) {
      graph.addDataPoints(ImmutableCostDataPoint.builder()
          .timestamp(day(i)).total(new BigDecimal(cents[i])).build());
    }
    return graph.build();
  }

  static CostAnalytics costAt(Instant timestamp, String cents) {
    return ImmutableCostAnalytics.builder()
        .addDataPoints(ImmutableCostDataPoint.builder()
            .timestamp(timestamp).total(new BigDecimal(cents)).build())
        .build();
  }

  static ModelAnalytics row(String model, long requests) {
    return ImmutableModelAnalytics.builder().aiModel(model).requests(requests).build();
  }

  static ModelAnalytics row(String model, long requests, String cents) {
    return ImmutableModelAnalytics.builder()
        .aiModel(model).requests(requests).cost(new BigDecimal(cents)).build();
  }

  /** Hourly request points from {@link #HOUR_0}. */
  static RequestAnalytics hourlyRequests(long... totals) {
    ImmutableRequestAnalytics.Builder graph = ImmutableRequestAnalytics.builder();
    for (int i = 0; i < totals.length; i++) {
      graph.addDataPoints(
          ImmutableRequestDataPoint.builder().timestamp(hour(i)).total(totals[i]).build());
    }
    return graph.build();
  }

  static TokenAnalytics hourlyTokens(long... totals) {
    ImmutableTokenAnalytics.Builder graph = ImmutableTokenAnalytics.builder();
    for (int i = 0; i < totals.length; i++) {
      graph.addDataPoints(
          ImmutableTokenDataPoint.builder().timestamp(hour(i)).total(totals[i]).build());
    }
    return graph.build();
  }

  /** Error counts keyed by the hours of {@link #hourlyRequests}. */
  static Map<Instant, Long> hourlyErrors(long... counts) {
    Map<Instant, Long> errors = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      errors.put(hour(i), counts[i]);
    }
    return errors;
  }
}
