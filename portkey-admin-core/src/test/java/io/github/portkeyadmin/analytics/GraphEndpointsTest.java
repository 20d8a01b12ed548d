package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fourteen graphs of issue 5 and the cache summary: exact requests, spec-shaped bodies
 * (integers, as the spec types them) and live-shaped bodies (strings, fractions, zone-less times,
 * gaps).
 */
class GraphEndpointsTest extends ClientTest {
  private static final String RANGE = "workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
      + "&time_of_generation_max=2026-02-08T00%3A00%3A00%2B00%3A00";
  private static final String EMPTY_GRAPH =
      "{\"summary\":{},\"data_points\":[],\"object\":\"analytics-graph\"}";
  private static final Instant SPEC_HOUR_0 = Instant.parse("2026-02-23T00:00:00Z");
  private static final Instant SPEC_HOUR_1 = Instant.parse("2026-02-23T01:00:00Z");
  private static final Instant LIVE_NOON = Instant.parse("2026-06-18T12:00:00Z");
  /** What the live fixtures' zone-less {@code "2026-06-18 13:00:00"} means: UTC. */
  private static final Instant LIVE_ONE_PM_UTC = Instant.parse("2026-06-18T13:00:00Z");

  private static AnalyticsQuery.Builder query() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")));
  }

  /** A graph call of {@link Analytics}, whatever it returns. */
  @FunctionalInterface
  interface GraphCall {
    Object call(Analytics analytics, AnalyticsQuery query);
  }

  static Stream<Arguments.ArgumentSet> graphs() {
    return Stream.of(
        graph("latency", "graphs/latency", Analytics::latency),
        graph("activeUsers", "graphs/users", Analytics::activeUsers),
        graph("requestsPerUser", "graphs/users/requests", Analytics::requestsPerUser),
        graph("errors", "graphs/errors", Analytics::errors),
        graph("errorRate", "graphs/errors/rate", Analytics::errorRate),
        graph("errorStacks", "graphs/errors/stacks", Analytics::errorStacks),
        graph("errorStatusCodes", "graphs/errors/status-codes", Analytics::errorStatusCodes),
        graph("rescuedRequests", "graphs/requests/rescued", Analytics::rescuedRequests),
        graph("cacheHitRate", "graphs/cache/hit-rate", Analytics::cacheHitRate),
        graph("cacheLatency", "graphs/cache/latency", Analytics::cacheLatency),
        graph("feedbacks", "graphs/feedbacks", Analytics::feedbacks),
        graph("feedbackScores", "graphs/feedbacks/scores", Analytics::feedbackScores),
        graph("weightedFeedback", "graphs/feedbacks/weighted", Analytics::weightedFeedback),
        graph("feedbackByModel", "graphs/feedbacks/ai-models", Analytics::feedbackByModel),
        graph("cacheSummary", "summary/cache", Analytics::cacheSummary));
  }

  private static Arguments.ArgumentSet graph(String method, String path, GraphCall call) {
    return argumentSet(method, path, call);
  }

  /** The graphs whose points are time buckets; the others are rows per code, score or model. */
  static Stream<Arguments.ArgumentSet> timestampedGraphs() {
    List<String> rowsWithoutTime =
        List.of("errorStatusCodes", "feedbackScores", "feedbackByModel", "cacheSummary");
    return graphs().filter(graph -> !rowsWithoutTime.contains(graph.getName()));
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("graphs")
  void graphCallSendsItsPathTheFiltersAndTheKeyButNeverPaging(String path, GraphCall call)
      throws InterruptedException {
    server.enqueue(json(EMPTY_GRAPH));

    call.call(client.analytics(),
        query().addStatusCodes(429, 500).addModel("openai", "gpt-4o").page(3).pageSize(20).build());

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/analytics/" + path + "?" + RANGE
        + "&status_code=429%2C500&ai_org_model=openai__gpt-4o");
  }

  @ParameterizedTest(name = "{argumentSetName}")
  @MethodSource("timestampedGraphs")
  void pointWithoutTimestampOnATimeSeriesIsMalformed(String path, GraphCall call) {
    server.enqueue(json("{\"summary\":{},\"data_points\":[{\"total\":1,\"avg\":2,\"rate\":3,"
        + "\"stats\":[],\"retry\":[],\"fallback\":0}],\"object\":\"analytics-graph\"}"));

    assertThatThrownBy(() -> call.call(client.analytics(), query().build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("timestamp");
  }

  @Test
  void latencyGraphDecodesSpecShapeInMilliseconds() {
    serve("latency-spec.json");

    LatencyAnalytics latency = client.analytics().latency(query().build());

    assertThat(latency.summary().avg()).isEqualByComparingTo("850");
    assertThat(latency.summary().p50()).isEqualByComparingTo("700");
    assertThat(latency.summary().p90()).isEqualByComparingTo("1500");
    assertThat(latency.summary().p99()).isEqualByComparingTo("3200");
    assertThat(latency.dataPoints()).extracting(LatencyDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    LatencyDataPoint second = latency.dataPoints().get(1);
    assertThat(second.avg()).isEqualByComparingTo("900");
    assertThat(second.p50()).isEqualByComparingTo("750");
    assertThat(second.p90()).isEqualByComparingTo("1600");
    assertThat(second.p99()).isEqualByComparingTo("3400");
  }

  @Test
  void latencyGraphReadsFractionalMillisecondsSentAsStrings() {
    serve("latency-live.json");

    LatencyAnalytics latency = client.analytics().latency(query().build());

    assertThat(latency.summary().avg()).isEqualByComparingTo("12.75");
    assertThat(latency.summary().p50()).isEqualByComparingTo("10.5");
    assertThat(latency.summary().p90()).isEqualByComparingTo("20");
    assertThat(latency.summary().p99()).isEqualByComparingTo("48.125");
    LatencyDataPoint first = latency.dataPoints().get(0);
    assertThat(first.timestamp()).isEqualTo(LIVE_NOON);
    assertThat(first.avg()).isEqualByComparingTo("12.75");
    assertThat(first.p50()).isEqualByComparingTo("10.5");
    assertThat(first.p90()).isEqualByComparingTo("19.99");
    assertThat(first.p99()).isEqualByComparingTo("48.125");
  }

  @Test
  void latencyPointWithoutMetricsAndAZonelessTimeReadsAsZerosInUtc() {
    serve("latency-live.json");

    LatencyAnalytics latency = client.analytics().latency(query().build());

    LatencyDataPoint second = latency.dataPoints().get(1);
    assertThat(second.timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(List.of(second.avg(), second.p50(), second.p90(), second.p99()))
        .allSatisfy(value -> assertThat(value).isEqualByComparingTo("0"));
  }

  @Test
  void activeUsersGraphDecodesSpecShape() {
    serve("users-graph-spec.json");

    CountAnalytics users = client.analytics().activeUsers(query().build());

    assertThat(users.summary().total()).isEqualTo(17);
    assertThat(users.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(tuple(SPEC_HOUR_0, 12L), tuple(SPEC_HOUR_1, 5L));
  }

  @Test
  void activeUsersGraphReadsStringAndFloatCountsAndAMissingCountAsZero() {
    serve("users-graph-live.json");

    CountAnalytics users = client.analytics().activeUsers(query().build());

    assertThat(users.summary().total()).isEqualTo(17);
    assertThat(users.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(
            tuple(LIVE_NOON, 12L),
            tuple(LIVE_ONE_PM_UTC, 5L),
            tuple(Instant.parse("2026-06-18T14:00:00Z"), 0L));
  }

  @Test
  void requestsPerUserGraphDecodesSpecShape() {
    serve("users-requests-spec.json");

    RequestsPerUserAnalytics perUser = client.analytics().requestsPerUser(query().build());

    assertThat(perUser.summary().total()).isEqualTo(120);
    assertThat(perUser.summary().unique()).isEqualTo(8);
    assertThat(perUser.summary().avg()).isEqualByComparingTo("15");
    assertThat(perUser.dataPoints()).extracting(AverageDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    assertThat(perUser.dataPoints().get(1).avg()).isEqualByComparingTo("16");
  }

  @Test
  void requestsPerUserGraphReadsAFractionalAverageAndStringCounts() {
    serve("users-requests-live.json");

    RequestsPerUserAnalytics perUser = client.analytics().requestsPerUser(query().build());

    assertThat(perUser.summary().total()).isEqualTo(120);
    assertThat(perUser.summary().unique()).isEqualTo(7);
    assertThat(perUser.summary().avg()).isEqualByComparingTo("17.142857");
    assertThat(perUser.dataPoints().get(0).avg()).isEqualByComparingTo("17.142857");
    assertThat(perUser.dataPoints().get(1).timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(perUser.dataPoints().get(1).avg()).isEqualByComparingTo("0");
  }

  @Test
  void errorsGraphDecodesSpecShape() {
    serve("errors-spec.json");

    CountAnalytics errors = client.analytics().errors(query().build());

    assertThat(errors.summary().total()).isEqualTo(9);
    assertThat(errors.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(tuple(SPEC_HOUR_0, 7L), tuple(SPEC_HOUR_1, 2L));
  }

  @Test
  void errorsGraphReadsStringCountsOffsetTimesAndAMissingCountAsZero() {
    serve("errors-live.json");

    CountAnalytics errors = client.analytics().errors(query().build());

    assertThat(errors.summary().total()).isEqualTo(9);
    assertThat(errors.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(
            tuple(LIVE_NOON, 7L),
            tuple(LIVE_ONE_PM_UTC, 2L),
            tuple(Instant.parse("2026-06-18T08:30:00Z"), 0L));
  }

  @Test
  void errorRateGraphDecodesSpecShapeInPercent() {
    serve("errors-rate-spec.json");

    ErrorRateAnalytics rate = client.analytics().errorRate(query().build());

    assertThat(rate.summary().rate()).isEqualByComparingTo("3");
    assertThat(rate.dataPoints()).extracting(RateDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    assertThat(rate.dataPoints()).extracting(RateDataPoint::rate)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2"), new BigDecimal("4"));
  }

  @Test
  void errorRateGraphReadsFractionalPercentSentAsStringsOrNumbers() {
    serve("errors-rate-live.json");

    ErrorRateAnalytics rate = client.analytics().errorRate(query().build());

    assertThat(rate.summary().rate()).isEqualByComparingTo("0.4567");
    assertThat(rate.dataPoints().get(0).rate()).isEqualByComparingTo("0.4567");
    assertThat(rate.dataPoints().get(1).timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(rate.dataPoints().get(1).rate()).isEqualByComparingTo("12.5");
    assertThat(rate.dataPoints().get(2).rate()).isEqualByComparingTo("0");
  }

  @Test
  void errorStacksGraphDecodesSpecShapeWithResponseStatusCodes() {
    serve("errors-stacks-spec.json");

    ErrorStackAnalytics stacks = client.analytics().errorStacks(query().build());

    assertThat(stacks.summary().total()).isEqualTo(12);
    assertThat(stacks.dataPoints()).extracting(ErrorStackDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    assertThat(stacks.dataPoints().get(0).stats())
        .extracting(StatusCodeCount::statusCode, StatusCodeCount::count)
        .containsExactly(tuple(500L, 7L), tuple(429L, 3L));
    assertThat(stacks.dataPoints().get(1).stats())
        .extracting(StatusCodeCount::statusCode, StatusCodeCount::count)
        .containsExactly(tuple(502L, 2L));
  }

  @Test
  void errorStacksGraphReadsStringCodesAndEmptyNullOrMissingStats() {
    serve("errors-stacks-live.json");

    ErrorStackAnalytics stacks = client.analytics().errorStacks(query().build());

    assertThat(stacks.summary().total()).isEqualTo(12);
    assertThat(stacks.dataPoints().get(0).stats())
        .extracting(StatusCodeCount::statusCode, StatusCodeCount::count)
        .containsExactly(tuple(500L, 7L), tuple(429L, 3L));
    assertThat(stacks.dataPoints().get(1).timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(stacks.dataPoints().subList(1, 4)).extracting(ErrorStackDataPoint::stats)
        .containsOnly(List.of());
  }

  @Test
  void errorStatusCodesGraphDecodesSpecRowsWithoutTimestamps() {
    serve("errors-status-codes-spec.json");

    StatusCodeAnalytics codes = client.analytics().errorStatusCodes(query().build());

    assertThat(codes.summary().totalErrors()).isEqualTo(12);
    assertThat(codes.summary().uniqueErrorCodes()).isEqualTo(3);
    assertThat(codes.dataPoints())
        .extracting(StatusCodeCount::statusCode, StatusCodeCount::count)
        .containsExactly(tuple(500L, 7L), tuple(429L, 3L), tuple(502L, 2L));
  }

  @Test
  void errorStatusCodesGraphReadsStringsEitherCodeNameAndAMissingCountAsZero() {
    serve("errors-status-codes-live.json");

    StatusCodeAnalytics codes = client.analytics().errorStatusCodes(query().build());

    assertThat(codes.summary().totalErrors()).isEqualTo(12);
    assertThat(codes.summary().uniqueErrorCodes()).isEqualTo(3);
    assertThat(codes.dataPoints())
        .extracting(StatusCodeCount::statusCode, StatusCodeCount::count)
        .containsExactly(tuple(500L, 7L), tuple(429L, 3L), tuple(502L, 2L), tuple(504L, 0L));
  }

  @Test
  void rescuedRequestsGraphDecodesSpecShapeWithRetryAttempts() {
    serve("requests-rescued-spec.json");

    RescuedAnalytics rescued = client.analytics().rescuedRequests(query().build());

    assertThat(rescued.summary().retry()).isEqualTo(6);
    assertThat(rescued.summary().fallback()).isEqualTo(2);
    RescuedDataPoint first = rescued.dataPoints().get(0);
    assertThat(first.timestamp()).isEqualTo(SPEC_HOUR_0);
    assertThat(first.retry()).extracting(RetryCount::retrySuccessCount, RetryCount::count)
        .containsExactly(tuple(1L, 4L), tuple(2L, 2L));
    assertThat(first.fallback()).isEqualTo(2);
    assertThat(rescued.dataPoints().get(1).retry()).isEmpty();
  }

  @Test
  void rescuedRequestsGraphReadsStringCountsAndNullOrMissingRetriesAsEmpty() {
    serve("requests-rescued-live.json");

    RescuedAnalytics rescued = client.analytics().rescuedRequests(query().build());

    assertThat(rescued.summary().retry()).isEqualTo(6);
    assertThat(rescued.summary().fallback()).isEqualTo(2);
    assertThat(rescued.dataPoints().get(0).retry())
        .extracting(RetryCount::retrySuccessCount, RetryCount::count)
        .containsExactly(tuple(1L, 4L), tuple(0L, 2L));
    assertThat(rescued.dataPoints()).extracting(
            RescuedDataPoint::timestamp, point -> point.retry().size(), RescuedDataPoint::fallback)
        .containsExactly(
            tuple(LIVE_NOON, 2, 2L),
            tuple(LIVE_ONE_PM_UTC, 0, 0L),
            tuple(Instant.parse("2026-06-18T14:00:00Z"), 0, 1L));
  }

  @Test
  void cacheHitRateGraphDecodesSpecShapeWithSavingsInCents() {
    serve("cache-hit-rate-spec.json");

    CacheHitRateAnalytics cache = client.analytics().cacheHitRate(query().build());

    assertThat(cache.summary().total()).isEqualTo(40);
    assertThat(cache.summary().rate()).isEqualByComparingTo("25");
    CacheHitDataPoint point = cache.dataPoints().get(0);
    assertThat(point.timestamp()).isEqualTo(SPEC_HOUR_0);
    assertThat(point.simpleHits()).isEqualTo(30);
    assertThat(point.semanticHits()).isEqualTo(10);
    assertThat(point.rate()).isEqualByComparingTo("25");
    assertThat(point.cumulativeSimpleCacheSavings()).isEqualByComparingTo("120");
    assertThat(point.cumulativeSemanticCacheSavings()).isEqualByComparingTo("45");
  }

  @Test
  void cacheHitRateGraphReadsFractionalRatesAndSavingsAndMissingMetricsAsZero() {
    serve("cache-hit-rate-live.json");

    CacheHitRateAnalytics cache = client.analytics().cacheHitRate(query().build());

    assertThat(cache.summary().total()).isEqualTo(40);
    assertThat(cache.summary().rate()).isEqualByComparingTo("24.6913");
    CacheHitDataPoint first = cache.dataPoints().get(0);
    assertThat(first.simpleHits()).isEqualTo(30);
    assertThat(first.semanticHits()).isEqualTo(10);
    assertThat(first.rate()).isEqualByComparingTo("24.6913");
    assertThat(first.cumulativeSimpleCacheSavings()).isEqualByComparingTo("120.375");
    assertThat(first.cumulativeSemanticCacheSavings()).isEqualByComparingTo("45.5");
    CacheHitDataPoint second = cache.dataPoints().get(1);
    assertThat(second.timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(second.simpleHits()).isZero();
    assertThat(second.semanticHits()).isZero();
    assertThat(second.rate()).isEqualByComparingTo("0");
    assertThat(second.cumulativeSimpleCacheSavings()).isEqualByComparingTo("0");
    assertThat(second.cumulativeSemanticCacheSavings()).isEqualByComparingTo("0");
  }

  @Test
  void cacheLatencyGraphDecodesTheSpecsUntypedEmptySummary() {
    serve("cache-latency-spec.json");

    CacheLatencyAnalytics cache = client.analytics().cacheLatency(query().build());

    assertThat(cache.summary()).isEmpty();
    assertThat(cache.dataPoints()).extracting(AverageDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    assertThat(cache.dataPoints().get(0).avg()).isEqualByComparingTo("35");
    assertThat(cache.dataPoints().get(1).avg()).isEqualByComparingTo("40");
  }

  @Test
  void cacheLatencyGraphKeepsWhateverTheSummaryHoldsAndReadsFractionalMilliseconds() {
    serve("cache-latency-live.json");

    CacheLatencyAnalytics cache = client.analytics().cacheLatency(query().build());

    assertThat(cache.summary())
        .containsEntry("avg", "37.5")
        .containsEntry("p99", 120)
        .containsEntry("cached", true)
        .containsEntry("buckets", List.of(1, 2))
        .hasSize(4);
    assertThat(cache.dataPoints().get(0).avg()).isEqualByComparingTo("12.75");
    assertThat(cache.dataPoints().get(1).timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(cache.dataPoints().get(1).avg()).isEqualByComparingTo("0");
  }

  @Test
  void untypedSummariesKeepTheirOtherFieldsWhenOneIsNull() {
    String body = "{\"summary\":{\"avg\":\"37.5\",\"note\":null},\"data_points\":[]}";
    server.enqueue(json(body));
    server.enqueue(json(body));

    CacheLatencyAnalytics cache = client.analytics().cacheLatency(query().build());
    FeedbackModelAnalytics byModel = client.analytics().feedbackByModel(query().build());

    assertThat(cache.summary()).containsEntry("avg", "37.5").containsEntry("note", null);
    assertThat(byModel.summary()).containsEntry("avg", "37.5").containsEntry("note", null);
  }

  @Test
  void feedbacksGraphDecodesSpecShape() {
    serve("feedbacks-spec.json");

    CountAnalytics feedbacks = client.analytics().feedbacks(query().build());

    assertThat(feedbacks.summary().total()).isEqualTo(25);
    assertThat(feedbacks.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(tuple(SPEC_HOUR_0, 20L), tuple(SPEC_HOUR_1, 5L));
  }

  @Test
  void feedbacksGraphReadsStringAndFloatCountsAndAMissingCountAsZero() {
    serve("feedbacks-live.json");

    CountAnalytics feedbacks = client.analytics().feedbacks(query().build());

    assertThat(feedbacks.summary().total()).isEqualTo(25);
    assertThat(feedbacks.dataPoints()).extracting(CountDataPoint::timestamp, CountDataPoint::total)
        .containsExactly(
            tuple(LIVE_NOON, 20L),
            tuple(LIVE_ONE_PM_UTC, 5L),
            tuple(Instant.parse("2026-06-18T14:00:00Z"), 0L));
  }

  @Test
  void feedbackScoresGraphDecodesSpecRowsWithoutTimestamps() {
    serve("feedbacks-scores-spec.json");

    FeedbackScoreAnalytics scores = client.analytics().feedbackScores(query().build());

    assertThat(scores.summary().total()).isEqualTo(10);
    assertThat(scores.dataPoints()).extracting(ScoreCount::score, ScoreCount::total)
        .containsExactly(tuple(-1L, 2L), tuple(1L, 8L));
  }

  @Test
  void feedbackScoresGraphReadsStringScoresNegativeScoresAndAMissingTotalAsZero() {
    serve("feedbacks-scores-live.json");

    FeedbackScoreAnalytics scores = client.analytics().feedbackScores(query().build());

    assertThat(scores.summary().total()).isEqualTo(10);
    assertThat(scores.dataPoints()).extracting(ScoreCount::score, ScoreCount::total)
        .containsExactly(tuple(5L, 6L), tuple(-10L, 4L), tuple(0L, 0L));
  }

  @Test
  void weightedFeedbackGraphDecodesSpecShape() {
    serve("feedbacks-weighted-spec.json");

    WeightedFeedbackAnalytics weighted = client.analytics().weightedFeedback(query().build());

    assertThat(weighted.summary().avg()).isEqualByComparingTo("3");
    assertThat(weighted.dataPoints()).extracting(AverageDataPoint::timestamp)
        .containsExactly(SPEC_HOUR_0, SPEC_HOUR_1);
    assertThat(weighted.dataPoints().get(1).avg()).isEqualByComparingTo("-4");
  }

  @Test
  void weightedFeedbackGraphReadsNegativeAndFractionalAveragesSentAsStrings() {
    serve("feedbacks-weighted-live.json");

    WeightedFeedbackAnalytics weighted = client.analytics().weightedFeedback(query().build());

    assertThat(weighted.summary().avg()).isEqualByComparingTo("-2.75");
    assertThat(weighted.dataPoints().get(0).avg()).isEqualByComparingTo("-2.75");
    assertThat(weighted.dataPoints().get(1).timestamp()).isEqualTo(LIVE_ONE_PM_UTC);
    assertThat(weighted.dataPoints().get(1).avg()).isEqualByComparingTo("7.3333");
    assertThat(weighted.dataPoints().get(2).avg()).isEqualByComparingTo("0");
  }

  @Test
  void feedbackByModelGraphDecodesSpecRowsAndTheUntypedEmptySummary() {
    serve("feedbacks-ai-models-spec.json");

    FeedbackModelAnalytics byModel = client.analytics().feedbackByModel(query().build());

    assertThat(byModel.summary()).isEmpty();
    assertThat(byModel.dataPoints()).extracting(ModelFeedback::aiModel, ModelFeedback::total)
        .containsExactly(tuple(Optional.of("gpt-4o"), 12L), tuple(Optional.of("claude-3-5-sonnet"), 3L));
    assertThat(byModel.dataPoints().get(0).avgWeightedFeedback()).isEqualByComparingTo("4");
    assertThat(byModel.dataPoints().get(1).avgWeightedFeedback()).isEqualByComparingTo("-1");
  }

  @Test
  void feedbackByModelGraphReadsStringsFractionsMissingFieldsAndSummaryFields() {
    serve("feedbacks-ai-models-live.json");

    FeedbackModelAnalytics byModel = client.analytics().feedbackByModel(query().build());

    assertThat(byModel.summary()).containsEntry("total", "15").containsEntry("models", 2);
    assertThat(byModel.dataPoints()).extracting(ModelFeedback::aiModel, ModelFeedback::total)
        .containsExactly(tuple(Optional.of("gpt-4o"), 12L), tuple(Optional.of("claude-3-5-sonnet"), 3L),
            tuple(Optional.empty(), 1L));
    assertThat(byModel.dataPoints().get(0).avgWeightedFeedback()).isEqualByComparingTo("4.5833");
    assertThat(byModel.dataPoints().get(1).avgWeightedFeedback()).isEqualByComparingTo("0");
  }

  @Test
  void cacheSummaryDecodesSpecShape() {
    serve("summary-cache-spec.json");

    CacheStats stats = client.analytics().cacheSummary(query().build()).summary();

    assertThat(stats.hits()).isEqualTo(40);
    assertThat(stats.avgLatency()).isEqualByComparingTo("35");
    assertThat(stats.totalRequests()).isEqualTo(160);
    assertThat(stats.cacheSpeedup()).isEqualByComparingTo("93");
  }

  @Test
  void cacheSummaryReadsFractionsStringsAndAMissingFieldAsZero() {
    serve("summary-cache-live.json");

    CacheStats stats = client.analytics().cacheSummary(query().build()).summary();

    assertThat(stats.hits()).isEqualTo(40);
    assertThat(stats.avgLatency()).isEqualByComparingTo("12.75");
    assertThat(stats.totalRequests()).isZero();
    assertThat(stats.cacheSpeedup()).isEqualByComparingTo("93.4567");
  }

  @Test
  void bareEnvelopesReadAsZerosAndEmptyLists() {
    String bare = "{\"object\":\"analytics-graph\",\"is_quota_exceeded\":true}";
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(bare));
    }

    LatencyAnalytics latency = client.analytics().latency(query().build());
    StatusCodeAnalytics codes = client.analytics().errorStatusCodes(query().build());
    RescuedAnalytics rescued = client.analytics().rescuedRequests(query().build());
    CacheLatencyAnalytics cacheLatency = client.analytics().cacheLatency(query().build());
    CacheSummaryAnalytics cacheSummary = client.analytics().cacheSummary(query().build());

    assertThat(latency.summary().p99()).isEqualByComparingTo("0");
    assertThat(latency.dataPoints()).isEmpty();
    assertThat(codes.summary().totalErrors()).isZero();
    assertThat(codes.dataPoints()).isEmpty();
    assertThat(rescued.summary().fallback()).isZero();
    assertThat(cacheLatency.summary()).isEmpty();
    assertThat(cacheLatency.dataPoints()).isEmpty();
    assertThat(cacheSummary.summary().hits()).isZero();
    assertThat(cacheSummary.summary().cacheSpeedup()).isEqualByComparingTo("0");
  }
}
