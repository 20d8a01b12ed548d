package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.Page;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests, tokens, users and models: exact requests, spec-shaped and live-shaped bodies. */
class AnalyticsEndpointsTest extends ClientTest {
  private static final String RANGE = "workspace_slug=ws-prod"
      + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
      + "&time_of_generation_max=2026-02-08T00%3A00%3A00%2B00%3A00";

  private static AnalyticsQuery.Builder query() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")));
  }

  @Test
  void requestsGraphSendsTheQueryToItsPath() throws Exception {
    server.enqueue(json(read(getClass(), "requests-spec.json")));

    client.analytics().requests(query().build());

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/analytics/graphs/requests?" + RANGE);
  }

  @Test
  void requestsGraphDecodesSpecShape() {
    server.enqueue(json(read(getClass(), "requests-spec.json")));

    RequestAnalytics requests = client.analytics().requests(query().build());

    assertThat(requests.summary().total()).isEqualTo(42);
    assertThat(requests.dataPoints()).extracting(RequestDataPoint::total).containsExactly(40L, 2L);
    assertThat(requests.dataPoints().get(1).timestamp()).isEqualTo("2026-02-23T01:00:00Z");
  }

  @Test
  void requestsGraphReadsCountsSentAsStringsAndFloats() {
    server.enqueue(json(read(getClass(), "requests-live.json")));

    RequestAnalytics requests = client.analytics().requests(query().build());

    assertThat(requests.summary().total()).isEqualTo(1234);
    assertThat(requests.dataPoints()).extracting(RequestDataPoint::total)
        .containsExactly(1200L, 34L, 0L);
  }

  @Test
  void tokensGraphSendsTheQueryToItsPath() throws Exception {
    server.enqueue(json(read(getClass(), "tokens-spec.json")));

    client.analytics().tokens(query().addModel("openai", "gpt-4o").build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/graphs/tokens?" + RANGE + "&ai_org_model=openai__gpt-4o");
  }

  @Test
  void tokensGraphDecodesSpecShape() {
    server.enqueue(json(read(getClass(), "tokens-spec.json")));

    TokenAnalytics tokens = client.analytics().tokens(query().build());

    assertThat(tokens.summary().total()).isEqualTo(90000);
    assertThat(tokens.summary().avg()).isEqualByComparingTo("450");
    assertThat(tokens.dataPoints()).singleElement()
        .satisfies(point -> assertThat(point.avg()).isEqualByComparingTo("450"));
  }

  @Test
  void tokensGraphReadsFractionalAveragesAndMissingMetricsAsZero() {
    server.enqueue(json(read(getClass(), "tokens-live.json")));

    TokenAnalytics tokens = client.analytics().tokens(query().build());

    assertThat(tokens.summary().avg()).isEqualByComparingTo("447.36");
    assertThat(tokens.dataPoints().get(0).avg()).isEqualByComparingTo("447.36");
    assertThat(tokens.dataPoints().get(1).total()).isZero();
    assertThat(tokens.dataPoints().get(1).avg()).isEqualByComparingTo("0");
  }

  @Test
  void usersGroupSendsFirstPageAndRequestedPageSize() throws Exception {
    server.enqueue(json(read(getClass(), "users-spec.json")));

    client.analytics().users(query().pageSize(25).build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/users?" + RANGE + "&current_page=0&page_size=25");
  }

  @Test
  void usersGroupDecodesStringNumbersInCents() {
    server.enqueue(json(read(getClass(), "users-spec.json")));

    Page<UserAnalytics> users = client.analytics().users(query().build());

    assertThat(users.total()).isEqualTo(2);
    assertThat(users.items()).extracting(row -> row.user().orElseThrow())
        .containsExactly("alice@example.com", "bob@example.com");
    UserAnalytics alice = users.items().get(0);
    assertThat(alice.requests()).isEqualTo(120);
    assertThat(alice.cost()).isEqualByComparingTo("350");
    assertThat(alice.costDollars()).isEqualByComparingTo("3.50");
    assertThat(users.hasNextPage()).isFalse();
  }

  @Test
  void usersGroupReadsNumbersNullsAndMissingFields() {
    server.enqueue(json(read(getClass(), "users-live.json")));

    Page<UserAnalytics> users = client.analytics().users(query().build());

    assertThat(users.total()).isEqualTo(3);
    assertThat(users.items().get(0).cost()).isEqualByComparingTo("350.25");
    assertThat(users.items().get(1).user()).isEmpty();
    assertThat(users.items().get(1).costDollars()).isEqualByComparingTo("0.004567");
    assertThat(users.items().get(2).cost()).isEqualByComparingTo("0");
    assertThat(users.items().get(2).requests()).isEqualTo(1);
  }

  @Test
  void modelsGroupSendsRequestedPage() throws Exception {
    server.enqueue(json(read(getClass(), "models-spec.json")));

    client.analytics().models(query().page(2).pageSize(10).build());

    assertThat(onlyRequest().getTarget()).isEqualTo(
        "/v1/analytics/groups/ai-models?" + RANGE + "&current_page=2&page_size=10");
  }

  @Test
  void modelsGroupDecodesSpecShapeWithoutCost() {
    server.enqueue(json(read(getClass(), "models-spec.json")));

    Page<ModelAnalytics> models = client.analytics().models(query().build());

    assertThat(models.items()).extracting(row -> row.aiModel().orElseThrow())
        .containsExactly("gpt-4o", "claude-3-5-sonnet");
    assertThat(models.items().get(0).requests()).isEqualTo(300);
    assertThat(models.items().get(0).cost()).isEmpty();
    assertThat(models.items().get(0).costDollars()).isEmpty();
  }

  @Test
  void modelsGroupReadsUndeclaredCostWhenTheServerSendsIt() {
    server.enqueue(json(read(getClass(), "models-live.json")));

    ModelAnalytics model = client.analytics().models(query().build()).items().get(0);

    assertThat(model.cost()).contains(new BigDecimal("1520.75"));
    assertThat(model.costDollars().map(BigDecimal::stripTrailingZeros))
        .isEqualTo(Optional.of(new BigDecimal("15.2075")));
  }

  @Test
  void graphsWithoutSummaryOrPointsReadAsZerosAndEmpty() {
    String bare = "{\"object\":\"analytics-graph\",\"is_quota_exceeded\":true}";
    server.enqueue(json(bare));
    server.enqueue(json(bare));
    server.enqueue(json(bare));

    CostAnalytics cost = client.analytics().cost(query().build());
    RequestAnalytics requests = client.analytics().requests(query().build());
    TokenAnalytics tokens = client.analytics().tokens(query().build());

    assertThat(cost.summary().total()).isEqualByComparingTo("0");
    assertThat(cost.summary().totalDollars()).isEqualByComparingTo("0");
    assertThat(cost.dataPoints()).isEmpty();
    assertThat(requests.summary().total()).isZero();
    assertThat(tokens.summary().avg()).isEqualByComparingTo("0");
    assertThat(tokens.dataPoints()).isEmpty();
  }

  @Test
  void pointWithoutTimestampCannotBePlacedAndIsMalformed() {
    server.enqueue(json("{\"summary\":{\"total\":1},\"data_points\":[{\"total\":1}]}"));

    assertThatThrownBy(() -> client.analytics().requests(query().build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("timestamp");
  }
}
