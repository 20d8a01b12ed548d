package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The first and second half of the buckets of several cost series, split as {@link Trend} says. */
final class Halves {
  private final Set<Instant> first;
  private final Set<Instant> second;
  private final int buckets;

  private Halves(Set<Instant> first, Set<Instant> second, int buckets) {
    this.first = first;
    this.second = second;
    this.buckets = buckets;
  }

  /** Splits the union of the series' bucket timestamps. */
  static Halves of(Collection<CostAnalytics> series) {
    TreeSet<Instant> all = new TreeSet<>();
    for (CostAnalytics graph : series) {
      for (CostDataPoint point : graph.dataPoints()) {
        all.add(point.timestamp());
      }
    }
    List<Instant> sorted = new ArrayList<>(all);
    int half = sorted.size() / 2;
    return new Halves(
        Set.copyOf(sorted.subList(0, half)),
        Set.copyOf(sorted.subList(sorted.size() - half, sorted.size())),
        sorted.size());
  }

  int buckets() {
    return buckets;
  }

  /** The trend of the sum of the given series over these halves. */
  Trend trend(Collection<CostAnalytics> series) {
    if (buckets < 2) {
      return Trend.notEnoughData();
    }
    BigDecimal firstCents = BigDecimal.ZERO;
    BigDecimal secondCents = BigDecimal.ZERO;
    for (CostAnalytics graph : series) {
      for (CostDataPoint point : graph.dataPoints()) {
        if (first.contains(point.timestamp())) {
          firstCents = firstCents.add(point.total());
        } else if (second.contains(point.timestamp())) {
          secondCents = secondCents.add(point.total());
        }
      }
    }
    return Trend.between(firstCents, secondCents);
  }
}
