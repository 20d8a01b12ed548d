package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.CostAnalytics;
import io.github.portkeyadmin.analytics.CostDataPoint;
import io.github.portkeyadmin.analytics.MetadataAnalytics;
import io.github.portkeyadmin.analytics.ModelAnalytics;
import io.github.portkeyadmin.analytics.RequestDataPoint;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.analytics.UserAnalytics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the SDK, through the client, against the default and a shaped organisation:
 * each decodes, and the answers agree with each other.
 */
class OperationsTest {
  private static final Clock CLOCK = Clock.fixed(SpecFidelityTest.NOW, ZoneOffset.UTC);
  private static final PortkeyTestServer DEMO =
      PortkeyTestServer.start(Organisation.demo().at(SpecFidelityTest.NOW));
  private static final PortkeyTestServer SHAPED =
      PortkeyTestServer.start(SpecFidelityTest.shaped());

  @AfterAll
  static void stop() {
    DEMO.close();
    SHAPED.close();
  }

  static Stream<PortkeyTestServer> servers() {
    return Stream.of(DEMO, SHAPED);
  }

  private static AnalyticsQuery month() {
    return AnalyticsQuery.builder().workspaceSlug("ws-prod")
        .timeRange(TimeRange.lastDays(30, CLOCK)).build();
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("servers")
  void everyOperationAnswers(PortkeyTestServer server) {
    PortkeyAdminClient client = server.client();
    AnalyticsQuery q = month();
    var a = client.analytics();

    assertThat(a.latency(q).dataPoints()).hasSize(31);
    assertThat(a.activeUsers(q).summary().total()).isEqualTo(9);
    assertThat(a.requestsPerUser(q).summary().unique()).isEqualTo(9);
    assertThat(a.errorRate(q).dataPoints()).hasSize(31);
    assertThat(a.errorStacks(q).dataPoints()).hasSize(31);
    assertThat(a.rescuedRequests(q).dataPoints()).hasSize(31);
    assertThat(a.cacheHitRate(q).dataPoints()).hasSize(31);
    assertThat(a.cacheLatency(q).dataPoints()).hasSize(31);
    assertThat(a.feedbacks(q).summary().total()).isPositive();
    assertThat(a.feedbackScores(q).dataPoints()).hasSize(5);
    assertThat(a.weightedFeedback(q).dataPoints()).hasSize(31);
    assertThat(a.feedbackByModel(q).dataPoints()).hasSize(5);
    assertThat(a.cacheSummary(q)).isNotNull();
    assertThat(a.metadata("team", q).items()).hasSize(3);
    assertThat(a.groupByProvider(q).items()).hasSize(3);
    assertThat(a.groupByWorkspace(q).total()).isEqualTo(6);
    assertThat(client.workspaces().get("ws-prod").users()).hasSize(3);
    assertThat(client.virtualKeys().get("openai-prod").slug()).isEqualTo("openai-prod");
    assertThat(client.providers().list().total())
        .isEqualTo(server.organisation().virtualKeys().size());
    String export = server.organisation().logExports().get(0).id();
    assertThat(client.logExports().get(export).id()).isEqualTo(export);
    assertThat(client.logExports().downloadUrl(export).toString()).doesNotContain("signature");
    assertThat(client.apiKeys().list().total()).isEqualTo(3);
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("servers")
  void totalsGroupsAndSeriesAgree(PortkeyTestServer server) {
    PortkeyAdminClient client = server.client();
    AnalyticsQuery q = month();
    CostAnalytics cost = client.analytics().cost(q);
    long requests = client.analytics().requests(q).summary().total();

    assertThat(cost.dataPoints().stream().map(CostDataPoint::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(cost.summary().total());
    assertThat(client.analytics().requests(q).dataPoints().stream()
        .mapToLong(RequestDataPoint::total).sum()).isEqualTo(requests);
    List<UserAnalytics> users = client.analytics().users(q).autoPager().stream().toList();
    assertThat(users.stream().map(UserAnalytics::cost).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(cost.summary().total());
    assertThat(users.stream().mapToLong(UserAnalytics::requests).sum()).isEqualTo(requests);
    List<ModelAnalytics> models = client.analytics().models(q).autoPager().stream().toList();
    assertThat(models.stream().mapToLong(ModelAnalytics::requests).sum()).isEqualTo(requests);
    long errors = client.analytics().errors(q).summary().total();
    assertThat(client.analytics().errorStatusCodes(q).summary().totalErrors()).isEqualTo(errors);
    long failed = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .addStatusCodes(500, 502).build()).summary().total();
    long succeeded = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .addStatusCodes(200).build()).summary().total();
    assertThat(failed).isEqualTo(errors);
    assertThat(failed + succeeded).isEqualTo(requests);
    long team = client.analytics().metadata("team", q).autoPager().stream()
        .mapToLong(MetadataAnalytics::requests).sum();
    assertThat(team).isCloseTo(requests, org.assertj.core.data.Percentage.withPercentage(1));
  }

  @ParameterizedTest(autoCloseArguments = false)
  @MethodSource("servers")
  void filtersNarrowTheAnswer(PortkeyTestServer server) {
    PortkeyAdminClient client = server.client();
    AnalyticsQuery q = month();
    long all = client.analytics().requests(q).summary().total();

    long gpt4o = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .addModel("openai", "gpt-4o").build()).summary().total();
    long oneKey = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .addVirtualKeys("openai-prod").build()).summary().total();
    long search = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .putMetadata("team", "search").build()).summary().total();
    long nobody = client.analytics().requests(AnalyticsQuery.builder().from(q)
        .putMetadata("team", "nobody").build()).summary().total();

    assertThat(gpt4o).isPositive().isLessThan(all);
    assertThat((double) oneKey / all).isCloseTo(0.40, org.assertj.core.data.Offset.offset(0.01));
    assertThat((double) search / all).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.01));
    assertThat(nobody).isZero();
  }
}
