package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Series.hour;
import static io.github.portkeyadmin.insights.Series.hourlyRequests;
import static io.github.portkeyadmin.insights.Series.hourlyTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.portkeyadmin.analytics.ImmutableRequestAnalytics;
import io.github.portkeyadmin.analytics.ImmutableRequestDataPoint;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts series; error rates are in {@link ErrorRatesTest}. */
class SpikeDetectorTest {
  private final SpikeDetector detector = SpikeDetector.defaults();

  @Test
  void flagsABucketWhoseModifiedZScoreIsAboveThreePointFive() {
    // Sorted 10 11 11 12 12 13 50: median 12; deviations sorted 0 0 1 1 1 2 38: MAD 1.
    SpikeReport report = detector.requests(hourlyRequests(10, 12, 11, 13, 12, 50, 11));

    assertThat(report.status()).isEqualTo(SpikeStatus.SPIKES);
    assertThat(report.median()).isEqualTo(12.0);
    assertThat(report.mad()).isEqualTo(1.0);
    assertThat(report.threshold()).isEqualTo(3.5);
    assertThat(report.spikes()).singleElement().satisfies(bucket -> {
      assertThat(bucket.timestamp()).isEqualTo(hour(5));
      assertThat(bucket.value()).isEqualTo(50);
      assertThat(bucket.score()).isCloseTo(0.6745 * 38, within(1e-9)); // 25.631
    });
    assertThat(report.buckets().get(0).score()).isCloseTo(-1.349, within(1e-9));
    assertThat(report.buckets().get(3).score()).isCloseTo(0.6745, within(1e-9));
    assertThat(report.reason()).isEqualTo(
        "1 of 7 buckets stands out (modified z-score above 3.5; median 12, MAD 1)");
  }

  @Test
  void largeNumbersInTheReasonHaveSeparators() {
    SpikeReport report = detector.tokens(
        hourlyTokens(870_000, 870_500, 869_500, 870_250, 9_000_000, 870_100));

    // Sorted 869,500 870,000 870,100 870,250 870,500 9,000,000: median 870,175.
    // Deviations sorted 75 75 175 325 675 8,129,825: MAD (175 + 325) / 2 = 250.
    assertThat(report.reason()).isEqualTo("1 of 6 buckets stands out (modified z-score above 3.5;"
        + " median 870,175, MAD 250)");
  }

  @Test
  void tiedSpikesAreBothFlagged() {
    // Sorted 10 10 10 11 11 11 12 80 80: median 11; deviations 0 0 0 1 1 1 1 69 69: MAD 1.
    SpikeReport report = detector.requests(hourlyRequests(10, 11, 10, 12, 11, 80, 80, 10, 11));

    assertThat(report.spikes()).extracting(BucketCheck::timestamp)
        .containsExactly(hour(5), hour(6));
    assertThat(report.reason()).startsWith("2 of 9 buckets stand out");
  }

  @Test
  void aFlatSeriesFlagsNothing() {
    SpikeReport report = detector.requests(hourlyRequests(7, 7, 7, 7, 7, 7));

    assertThat(report.status()).isEqualTo(SpikeStatus.NONE);
    assertThat(report.spikes()).isEmpty();
    assertThat(report.buckets()).allSatisfy(b -> assertThat(b.score()).isZero());
    assertThat(report.reason()).isEqualTo("flat series of 6 buckets: nothing stands out");
  }

  @Test
  void anAllZeroSeriesIsFlat() {
    assertThat(detector.requests(hourlyRequests(0, 0, 0, 0, 0)).status())
        .isEqualTo(SpikeStatus.NONE);
  }

  @Test
  void dropsAreNotSpikes() {
    // Median 100, MAD 1: the 0 scores -67.45.
    SpikeReport report = detector.requests(hourlyRequests(100, 101, 99, 100, 102, 100, 0));

    assertThat(report.status()).isEqualTo(SpikeStatus.NONE);
    assertThat(report.buckets().get(6).score()).isCloseTo(-67.45, within(1e-9));
    assertThat(report.reason()).isEqualTo(
        "nothing stands out in 7 buckets (modified z-score above 3.5; median 100, MAD 1)");
  }

  @Test
  void whenMoreThanHalfTheBucketsAreEqualTheMeanAbsoluteDeviationIsUsed() {
    // Median 10, MAD 0; mean absolute deviation 40 / 6; score 40 / (1.253314 * 40 / 6) = 4.787.
    SpikeReport report = detector.requests(hourlyRequests(10, 10, 10, 10, 10, 50));

    assertThat(report.mad()).isZero();
    assertThat(report.spikes()).singleElement()
        .satisfies(b -> assertThat(b.score()).isCloseTo(4.787, within(0.001)));
  }

  @Test
  void fiveBucketsAreEnoughForOneOutlierAmongEqualsToStandOut() {
    // 99 / (1.253314 * 99 / 5) = 3.989 > 3.5.
    SpikeReport report = detector.requests(hourlyRequests(1, 1, 1, 1, 100));

    assertThat(report.status()).isEqualTo(SpikeStatus.SPIKES);
    assertThat(report.spikes().get(0).score()).isCloseTo(3.989, within(0.001));
  }

  @Test
  void fewerThanFiveBucketsAreTooShortToJudge() {
    SpikeReport report = detector.requests(hourlyRequests(1, 1, 1, 100));

    assertThat(report.status()).isEqualTo(SpikeStatus.TOO_SHORT);
    assertThat(report.spikes()).isEmpty();
    assertThat(report.buckets()).hasSize(4).allSatisfy(b -> assertThat(b.score()).isZero());
    assertThat(report.reason()).isEqualTo("4 buckets: too few to judge (need at least 5)");
  }

  @Test
  void oneBucketIsTooShort() {
    SpikeReport report = detector.requests(hourlyRequests(500));

    assertThat(report.status()).isEqualTo(SpikeStatus.TOO_SHORT);
    assertThat(report.reason()).isEqualTo("1 bucket: too few to judge (need at least 5)");
  }

  @Test
  void anEmptySeriesIsTooShort() {
    SpikeReport report = detector.requests(hourlyRequests());

    assertThat(report.status()).isEqualTo(SpikeStatus.TOO_SHORT);
    assertThat(report.buckets()).isEmpty();
    assertThat(report.median()).isZero();
    assertThat(report.mad()).isZero();
    assertThat(report.reason()).isEqualTo("0 buckets: too few to judge (need at least 5)");
  }

  @Test
  void aScoreEqualToTheThresholdDoesNotStandOut() {
    // The 13 scores exactly 0.6745 * 1 / 1.
    SpikeReport report = detector.withThreshold(0.6745)
        .requests(hourlyRequests(10, 12, 11, 13, 12, 50, 11));

    assertThat(report.spikes()).extracting(BucketCheck::value).containsExactly(50L);
    assertThat(report.threshold()).isEqualTo(0.6745);
  }

  @Test
  void pointsAreSortedByTimestampFirst() {
    ImmutableRequestAnalytics graph = ImmutableRequestAnalytics.builder()
        .addDataPoints(ImmutableRequestDataPoint.builder().timestamp(hour(2)).total(3).build())
        .addDataPoints(ImmutableRequestDataPoint.builder().timestamp(hour(0)).total(1).build())
        .addDataPoints(ImmutableRequestDataPoint.builder().timestamp(hour(1)).total(2).build())
        .build();

    assertThat(detector.requests(graph).buckets()).extracting(BucketCheck::value)
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void tokenSeriesAreJudgedTheSameWay() {
    SpikeReport report = detector.tokens(hourlyTokens(9000, 9100, 8900, 9050, 61000, 9000));

    assertThat(report.spikes()).extracting(BucketCheck::timestamp).containsExactly(hour(4));
    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.NO_DATA);
  }

  @Test
  void anyCountSeriesCanBeJudgedFromAMap() {
    Map<Instant, Long> counts = new LinkedHashMap<>();
    long[] values = {3, 2, 3, 4, 3, 40};
    for (int i = values.length - 1; i >= 0; i--) {
      counts.put(hour(i), values[i]);
    }

    SpikeReport report = detector.series(counts);

    assertThat(report.buckets()).extracting(BucketCheck::timestamp).first().isEqualTo(hour(0));
    assertThat(report.spikes()).extracting(BucketCheck::value).containsExactly(40L);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void aThresholdMustBeAFinitePositiveNumber(double threshold) {
    assertThatThrownBy(() -> detector.withThreshold(threshold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold must be a finite number above 0");
  }

  @Test
  void defaultsAreDocumentedConstants() {
    assertThat(SpikeDetector.defaults().threshold()).isEqualTo(SpikeDetector.DEFAULT_THRESHOLD);
    assertThat(SpikeDetector.MINIMUM_BUCKETS).isEqualTo(5);
  }

  @Test
  void nullInputsAreRejected() {
    assertThatThrownBy(() -> detector.requests(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> detector.requests(null, Map.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> detector.tokens(null)).isInstanceOf(NullPointerException.class);
    Map<Instant, Long> withNull = new HashMap<>();
    withNull.put(hour(0), null);
    assertThatThrownBy(() -> detector.series(withNull)).isInstanceOf(NullPointerException.class);
  }
}
