package io.github.portkeyadmin.insights;

import static io.github.portkeyadmin.insights.Series.hour;
import static io.github.portkeyadmin.insights.Series.hourlyErrors;
import static io.github.portkeyadmin.insights.Series.hourlyRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.analytics.CountAnalytics;
import io.github.portkeyadmin.internal.ObjectMappers;
import io.github.portkeyadmin.support.Fixtures;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ErrorRatesTest {
  private final SpikeDetector detector = SpikeDetector.defaults();

  @Test
  void ratePerBucketIsErrorsOverRequestsAndAnOutlyingRateIsFlagged() {
    // Rates 1 2 1 1 30 1 (%): median 1, MAD 0, mean deviation 30 / 6 = 5;
    // 30% scores 29 / (1.253314 * 5) = 4.628. Overall 36 / 600 = 6%.
    SpikeReport report = detector.requests(hourlyRequests(100, 100, 100, 100, 100, 100),
        hourlyErrors(1, 2, 1, 1, 30, 1));

    assertThat(report.buckets()).extracting(b -> b.errorRatePercent().orElseThrow())
        .containsExactly(1.0, 2.0, 1.0, 1.0, 30.0, 1.0);
    assertThat(report.buckets().get(4).errors()).isEqualTo(OptionalLong.of(30));
    assertThat(report.errorRateSpikes()).extracting(BucketCheck::timestamp)
        .containsExactly(hour(4));
    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.SPIKES);
    assertThat(report.overallErrorRatePercent().orElseThrow()).isCloseTo(6.0, within(1e-9));
    assertThat(report.errorRateReason())
        .isEqualTo("1 of 6 error rates stands out (median 1%); overall 6%");
    assertThat(report.status()).isEqualTo(SpikeStatus.NONE);
  }

  @Test
  void theErrorsGraphOfTheSameQueryGivesTheCounts() throws Exception {
    // As the server sends it; the 4th hour arrives twice and is added up (1 + 29 = 30).
    CountAnalytics errors = ObjectMappers.create().readValue(
        Fixtures.read(ErrorRatesTest.class, "errors-graph.json"), CountAnalytics.class);

    SpikeReport report = detector.requests(
        hourlyRequests(100, 100, 100, 100, 100, 100), errors);

    assertThat(report.buckets()).extracting(b -> b.errors().orElseThrow())
        .containsExactly(1L, 2L, 1L, 1L, 30L, 1L);
    assertThat(report.errorRateSpikes()).extracting(BucketCheck::timestamp)
        .containsExactly(hour(4));
    assertThatThrownBy(() -> detector.requests(hourlyRequests(1), (CountAnalytics) null))
        .isInstanceOf(NullPointerException.class).hasMessage("errors == null");
  }

  @Test
  void aRateLessThanOnePointAboveTheMedianIsNotAnAlarm() {
    // Rates 0 0 0 0 0 0.1: the 0.1% scores 4.787 but is only 0.1 point above the median.
    SpikeReport report = detector.requests(hourlyRequests(1000, 1000, 1000, 1000, 1000, 1000),
        hourlyErrors(0, 0, 0, 0, 0, 1));

    assertThat(report.errorRateSpikes()).isEmpty();
    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.NONE);
    assertThat(report.errorRateReason())
        .isEqualTo("no error rate stands out (median 0%); overall 0.02%");
  }

  @Test
  void bucketsWithoutAnEntryHaveNoRateAndTooFewRatesAreNotJudged() {
    SpikeReport report = detector.requests(hourlyRequests(100, 100, 100, 100, 100, 100),
        Map.of(hour(0), 1L, hour(1), 50L, hour(2), 1L));

    assertThat(report.buckets().get(5).errors()).isEmpty();
    assertThat(report.buckets().get(5).errorRatePercent()).isEmpty();
    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.TOO_SHORT);
    assertThat(report.errorRateSpikes()).isEmpty();
    assertThat(report.errorRateReason()).isEqualTo(
        "3 buckets with an error rate: too few to judge (need at least 5); overall 17.33%");
  }

  @Test
  void oneRatedBucketIsTooShort() {
    SpikeReport report = detector.requests(hourlyRequests(100, 100, 100, 100, 100),
        Map.of(hour(0), 4L));

    assertThat(report.errorRateReason()).startsWith("1 bucket with an error rate: too few");
  }

  @Test
  void aBucketWithoutRequestsKeepsItsErrorsButHasNoRate() {
    SpikeReport report = detector.requests(hourlyRequests(0, 10, 10, 10, 10),
        hourlyErrors(3, 0, 0, 0, 0));

    BucketCheck empty = report.buckets().get(0);
    assertThat(empty.errors()).isEqualTo(OptionalLong.of(3));
    assertThat(empty.errorRatePercent()).isEqualTo(OptionalDouble.empty());
    assertThat(report.overallErrorRatePercent()).isEqualTo(OptionalDouble.of(0.0));
  }

  @Test
  void countsForOtherTimestampsAreIgnored() {
    SpikeReport report = detector.requests(hourlyRequests(5, 5, 5, 5, 5),
        Map.of(Instant.parse("2020-01-01T00:00:00Z"), 4L));

    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.NO_DATA);
    assertThat(report.errorRateReason()).isEqualTo("no error counts for a bucket with requests");
    assertThat(report.overallErrorRatePercent()).isEmpty();
  }

  @Test
  void withoutErrorCountsThereIsNoErrorData() {
    SpikeReport report = detector.requests(hourlyRequests(5, 5, 5, 5, 5));

    assertThat(report.errorRateStatus()).isEqualTo(SpikeStatus.NO_DATA);
    assertThat(report.errorRateReason()).isEqualTo("no error counts given");
    assertThat(report.buckets()).allSatisfy(b -> {
      assertThat(b.errors()).isEmpty();
      assertThat(b.errorRateSpike()).isFalse();
    });
  }

  @Test
  void negativeErrorCountsAreRejected() {
    assertThatThrownBy(() -> detector.requests(hourlyRequests(5), Map.of(hour(0), -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("errorsByBucket[2026-03-01T00:00:00Z] must be >= 0, got -1");
    assertThatThrownBy(() -> detector.requests(hourlyRequests(5), (Map<Instant, Long>) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void reportsSerializeWithJackson() throws Exception {
    ObjectMapper mapper = ObjectMappers.create();
    SpikeReport report = detector.requests(hourlyRequests(100, 100, 100, 100, 100, 100),
        hourlyErrors(1, 2, 1, 1, 30, 1));

    JsonNode json = mapper.readTree(mapper.writeValueAsString(report));

    assertThat(json.get("errorRateStatus").asText()).isEqualTo("SPIKES");
    assertThat(json.get("buckets").get(4).get("errorRatePercent").asDouble()).isEqualTo(30.0);
    assertThat(json.get("buckets").get(4).get("timestamp").asText())
        .isEqualTo("2026-03-01T04:00:00Z");
  }
}
