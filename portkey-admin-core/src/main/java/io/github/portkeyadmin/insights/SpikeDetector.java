package io.github.portkeyadmin.insights;

import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.analytics.CountDataPoint;
import io.github.portkeyadmin.analytics.RequestAnalytics;
import io.github.portkeyadmin.analytics.RequestDataPoint;
import io.github.portkeyadmin.analytics.TokenAnalytics;
import io.github.portkeyadmin.analytics.TokenDataPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the buckets of a request or token series that stand out, and the error rate per bucket.
 *
 * <pre>{@code
 * SpikeReport report = SpikeDetector.defaults().requests(client.analytics().requests(query));
 * report.spikes().forEach(b -> System.out.println(b.timestamp() + " " + b.value()));
 * }</pre>
 *
 * <p><b>Method.</b> Each bucket gets a modified z-score (Iglewicz and Hoaglin): {@code 0.6745 *
 * (value - median) / MAD}, where MAD is the median absolute deviation from the median. It is
 * robust: a spike does not hide itself by inflating the spread, as it would with mean and standard
 * deviation. When the MAD is 0 (more than half of the buckets hold the same count), the mean
 * absolute deviation replaces it: {@code (value - median) / (1.253314 * meanAD)}. A bucket stands
 * out when its score is <b>above</b> the threshold, {@value #DEFAULT_THRESHOLD} by default; drops
 * below the median are not flagged. A flat series (every bucket equal) scores 0 everywhere and
 * flags nothing.
 *
 * <p><b>Too short.</b> A series of fewer than {@value #MINIMUM_BUCKETS} buckets is not judged
 * ({@link SpikeStatus#TOO_SHORT}): with four buckets, even one far above three equal others scores
 * only {@code 4 / 1.253314 = 3.19}, below the default threshold, so a verdict would mean nothing.
 *
 * <p><b>Error rates.</b> Give the errors graph of the same query ({@code
 * analytics().errors(query)}), or error counts per bucket as a map from the bucket's start to its
 * count (e.g. from {@code analytics().requests(query)} filtered on error statuses with {@code
 * addStatusCodes(...)}). A bucket's rate is {@code errors / requests * 100}; buckets without an
 * error count, or without requests, have none, and counts for timestamps not in the series are
 * ignored. The rates are
 * judged the same way, and a rate stands out only when its score is above the threshold <b>and</b>
 * it is at least {@value #MINIMUM_ERROR_RATE_RISE} percentage point above the median rate, so that
 * one failed request in a quiet hour is not an alarm.
 *
 * <p>Points are sorted by timestamp first. Immutable and thread-safe.
 */
public final class SpikeDetector {
  /** The modified z-score a bucket must exceed to stand out, by default: {@value}. */
  public static final double DEFAULT_THRESHOLD = 3.5;

  /** The fewest buckets a series must have to be judged: {@value}. */
  public static final int MINIMUM_BUCKETS = 5;

  /** How far, in percentage points, an error rate must be above the median rate: {@value}. */
  public static final double MINIMUM_ERROR_RATE_RISE = 1.0;

  private static final SpikeDetector DEFAULTS = new SpikeDetector(DEFAULT_THRESHOLD);

  private final double threshold;

  private SpikeDetector(double threshold) {
    this.threshold = threshold;
  }

  /**
   * A detector with threshold {@value #DEFAULT_THRESHOLD}.
   *
   * @return the detector
   */
  public static SpikeDetector defaults() {
    return DEFAULTS;
  }

  /**
   * A detector with another threshold: lower flags more buckets.
   *
   * @param threshold the modified z-score a bucket must exceed, above 0
   * @return a new detector
   * @throws IllegalArgumentException if {@code threshold} is not a finite number above 0
   */
  public SpikeDetector withThreshold(double threshold) {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException(
          "threshold must be a finite number above 0 (the default is 3.5), got " + threshold);
    }
    return new SpikeDetector(threshold);
  }

  /**
   * The modified z-score a bucket must exceed to stand out.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Judges a request series, without error rates.
   *
   * @param requests the result of {@code analytics().requests(query)}
   * @return the report; its error-rate status is {@link SpikeStatus#NO_DATA}
   * @throws NullPointerException if {@code requests} is {@code null}
   */
  public SpikeReport requests(RequestAnalytics requests) {
    Objects.requireNonNull(requests, "requests == null");
    return judge(requestPoints(requests), null);
  }

  /**
   * Judges a request series and its error rates.
   *
   * @param requests the result of {@code analytics().requests(query)}
   * @param errorsByBucket error counts keyed by bucket start (the timestamps of {@code requests})
   * @return the report
   * @throws NullPointerException if an argument, a key or a count is {@code null}
   * @throws IllegalArgumentException if an error count is negative
   */
  public SpikeReport requests(RequestAnalytics requests, Map<Instant, Long> errorsByBucket) {
    Objects.requireNonNull(requests, "requests == null");
    Map<Instant, Long> errors = Map.copyOf(errorsByBucket);
    errors.forEach((timestamp, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException(
            "errorsByBucket[" + timestamp + "] must be >= 0, got " + count);
      }
    });
    return judge(requestPoints(requests), errors);
  }

  /**
   * Judges a request series and its error rates, from the errors graph of the same query.
   *
   * <pre>{@code
   * SpikeReport report = SpikeDetector.defaults()
   *     .requests(client.analytics().requests(query), client.analytics().errors(query));
   * }</pre>
   *
   * @param requests the result of {@code analytics().requests(query)}
   * @param errors the result of {@code analytics().errors(query)}; counts of points with the same
   *     timestamp are added up
   * @return the report
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an error count is negative
   */
  public SpikeReport requests(RequestAnalytics requests, CountAnalytics errors) {
    Objects.requireNonNull(errors, "errors == null");
    Map<Instant, Long> errorsByBucket = new HashMap<>();
    for (CountDataPoint point : errors.dataPoints()) {
      errorsByBucket.merge(point.timestamp(), point.total(), Long::sum);
    }
    return requests(requests, errorsByBucket);
  }

  /**
   * Judges a token series.
   *
   * @param tokens the result of {@code analytics().tokens(query)}
   * @return the report; its error-rate status is {@link SpikeStatus#NO_DATA}
   * @throws NullPointerException if {@code tokens} is {@code null}
   */
  public SpikeReport tokens(TokenAnalytics tokens) {
    Objects.requireNonNull(tokens, "tokens == null");
    List<Point> points = new ArrayList<>();
    for (TokenDataPoint point : tokens.dataPoints()) {
      points.add(new Point(point.timestamp(), point.total()));
    }
    return judge(points, null);
  }

  /**
   * Judges any count series, e.g. error counts per bucket.
   *
   * @param valuesByBucket counts keyed by bucket start
   * @return the report; its error-rate status is {@link SpikeStatus#NO_DATA}
   * @throws NullPointerException if the map, a key or a count is {@code null}
   */
  public SpikeReport series(Map<Instant, Long> valuesByBucket) {
    List<Point> points = new ArrayList<>();
    Map.copyOf(valuesByBucket)
        .forEach((timestamp, value) -> points.add(new Point(timestamp, value)));
    return judge(points, null);
  }

  private static List<Point> requestPoints(RequestAnalytics requests) {
    List<Point> points = new ArrayList<>();
    for (RequestDataPoint point : requests.dataPoints()) {
      points.add(new Point(point.timestamp(), point.total()));
    }
    return points;
  }

  private record Point(Instant timestamp, long value) {}

  private SpikeReport judge(List<Point> unsorted, @Nullable Map<Instant, Long> errors) {
    List<Point> points = new ArrayList<>(unsorted);
    points.sort(Comparator.comparing(Point::timestamp));
    int n = points.size();
    long[] counts = new long[n];
    double[] values = new double[n];
    Instant[] timestamps = new Instant[n];
    for (int i = 0; i < n; i++) {
      timestamps[i] = points.get(i).timestamp();
      counts[i] = points.get(i).value();
      values[i] = counts[i];
    }
    RobustScores scores = n >= MINIMUM_BUCKETS ? RobustScores.of(values) : null;
    ErrorRates rates = ErrorRates.judge(timestamps, counts, errors, threshold);

    List<BucketCheck> checks = new ArrayList<>();
    int spikes = 0;
    for (int i = 0; i < n; i++) {
      double score = scores == null ? 0 : scores.score(i);
      boolean spike = score > threshold;
      spikes += spike ? 1 : 0;
      checks.add(new BucketCheck(timestamps[i], counts[i], score, spike, rates.errors(i),
          rates.rate(i), rates.spike(i)));
    }
    return new SpikeReport(status(scores, spikes), reason(scores, spikes, values),
        scores == null ? 0 : scores.median(), scores == null ? 0 : scores.mad(), threshold,
        checks, rates.status(), rates.overallPercent(), rates.reason());
  }

  private static SpikeStatus status(@Nullable RobustScores scores, int spikes) {
    if (scores == null) {
      return SpikeStatus.TOO_SHORT;
    }
    return spikes == 0 ? SpikeStatus.NONE : SpikeStatus.SPIKES;
  }

  private String reason(@Nullable RobustScores scores, int spikes, double[] values) {
    int n = values.length;
    if (scores == null) {
      return tooShort(n, n == 1 ? "bucket" : "buckets");
    }
    if (isFlat(values)) {
      return "flat series of " + n + " buckets: nothing stands out";
    }
    String method = "modified z-score above " + Texts.decimal(threshold) + "; median "
        + Texts.decimal(scores.median()) + ", MAD " + Texts.decimal(scores.mad());
    if (spikes == 0) {
      return "nothing stands out in " + n + " buckets (" + method + ")";
    }
    return spikes + " of " + n + " buckets " + (spikes == 1 ? "stands" : "stand") + " out ("
        + method + ")";
  }

  static String tooShort(int count, String noun) {
    return count + " " + noun + ": too few to judge (need at least " + MINIMUM_BUCKETS + ")";
  }

  private static boolean isFlat(double[] values) {
    for (double value : values) {
      if (value != values[0]) {
        return false;
      }
    }
    return true;
  }
}
