package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.Schema.integer;
import static io.github.portkeyadmin.mcp.Schema.type;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A time series kept short: at most {@code max_points} points, consecutive buckets added together
 * when the server sent more, and the result says so.
 */
final class Series {
  static final int DEFAULT_MAX_POINTS = 60;

  /**
   * One bucket.
   *
   * @param start the bucket start, UTC
   * @param value the bucket's total
   */
  record Point(Instant start, BigDecimal value) {}

  private final List<Point> points;
  private final int sourceBuckets;
  private final int merged;

  private Series(List<Point> points, int sourceBuckets, int merged) {
    this.points = points;
    this.sourceBuckets = sourceBuckets;
    this.merged = merged;
  }

  static Schema argument() {
    return Schema.properties().add("max_points", integer("Longer series are re-bucketed",
        2, 300, DEFAULT_MAX_POINTS));
  }

  /** The output fields of a series whose values are named {@code valueName}. */
  static Schema fields(String valueName) {
    return Schema.properties()
        .add("points", Schema.arrayOf(Schema.properties()
            .add("timestamp", type("string"))
            .add(valueName, type("number"))))
        .add("buckets", type("integer"))
        .add("bucket_seconds", type("integer"))
        .add("rebucketed", type("string"));
  }

  static Series of(List<Point> points, Args args) {
    int maxPoints = args.integer("max_points", DEFAULT_MAX_POINTS);
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort((a, b) -> a.start().compareTo(b.start()));
    int factor = Math.max(1, (sorted.size() + maxPoints - 1) / maxPoints);
    if (factor == 1) {
      return new Series(sorted, sorted.size(), 1);
    }
    List<Point> merged = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += factor) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int j = i; j < Math.min(i + factor, sorted.size()); j++) {
        sum = sum.add(sorted.get(j).value());
      }
      merged.add(new Point(sorted.get(i).start(), sum));
    }
    return new Series(merged, sorted.size(), factor);
  }

  /** Puts the points (values under {@code valueName}) and the bucketing fields into result. */
  void into(Map<String, Object> result, String valueName) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Point point : points) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("timestamp", point.start().toString());
      row.put(valueName, point.value());
      rows.add(row);
    }
    result.put("points", rows);
    result.put("buckets", points.size());
    bucketLength().ifPresent(length -> result.put("bucket_seconds", length.toSeconds()));
    if (merged > 1) {
      result.put("rebucketed", describeMerge());
    }
  }

  List<Point> points() {
    return points;
  }

  /** {@code "24 buckets"} or {@code "60 buckets (re-bucketed: ...)"}. */
  String describe() {
    return points.size() + " buckets" + (merged > 1 ? " (" + describeMerge() + ")" : "");
  }

  private String describeMerge() {
    return "re-bucketed: " + sourceBuckets + " buckets from the server, every " + merged
        + " consecutive ones added together";
  }

  private Optional<Duration> bucketLength() {
    if (points.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(points.get(0).start(), points.get(1).start()));
  }
}
