package io.github.portkeyadmin.analytics;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.support.ClientTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class CostAnalyticsTest extends ClientTest {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private static AnalyticsQuery.Builder istQuery() {
    return AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            OffsetDateTime.of(2026, 2, 23, 14, 20, 31, 0, IST),
            OffsetDateTime.of(2026, 2, 24, 14, 20, 31, 0, IST)));
  }

  @Test
  void costSendsRequiredParametersWithPercentEncodedOffsetAndTheKeyHeader() throws Exception {
    server.enqueue(json(read(getClass(), "cost-spec.json")));

    client.analytics().cost(istQuery().build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/analytics/graphs/cost"
        + "?workspace_slug=ws-prod"
        + "&time_of_generation_min=2026-02-23T14%3A20%3A31%2B05%3A30"
        + "&time_of_generation_max=2026-02-24T14%3A20%3A31%2B05%3A30");
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("User-Agent")).startsWith("portkey-admin-java/");
  }

  @Test
  void costSendsEveryFilterInSpecOrderAndIgnoresPaging() throws Exception {
    server.enqueue(json(read(getClass(), "cost-spec.json")));

    client.analytics().cost(istQuery()
        .totalTokensMin(10).totalTokensMax(5000)
        .costMinCents(new BigDecimal("0.5")).costMaxCents(new BigDecimal("1E+3"))
        .promptTokensMin(1).promptTokensMax(4000)
        .completionTokensMin(2).completionTokensMax(1000)
        .addStatusCodes(401, 403)
        .weightedFeedbackMin(new BigDecimal("-2.5")).weightedFeedbackMax(BigDecimal.TEN)
        .addVirtualKeys("vk-a", "vk-b")
        .addConfigs("pc-1")
        .addApiKeyIds("765768a9-b4ec-4694-962c-d55f40cdb0dc")
        .putMetadata("_user", "user_1")
        .putMetadata("env", "staging")
        .addModel("openai", "gpt-4o")
        .addModel("azure-openai", "gpt-35-turbo")
        .addTraceIds("t1")
        .addSpanIds("s1", "s2")
        .addPromptSlugs("p1")
        .page(3).pageSize(20)
        .build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/analytics/graphs/cost");
    assertThat(request.getUrl().query()).isEqualTo(
        "workspace_slug=ws-prod"
        + "&time_of_generation_min=2026-02-23T14:20:31+05:30"
        + "&time_of_generation_max=2026-02-24T14:20:31+05:30"
        + "&total_units_min=10&total_units_max=5000"
        + "&cost_min=0.5&cost_max=1000"
        + "&prompt_token_min=1&prompt_token_max=4000"
        + "&completion_token_min=2&completion_token_max=1000"
        + "&status_code=401,403"
        + "&weighted_feedback_min=-2.5&weighted_feedback_max=10"
        + "&virtual_keys=vk-a,vk-b"
        + "&configs=pc-1"
        + "&api_key_ids=765768a9-b4ec-4694-962c-d55f40cdb0dc"
        + "&metadata={\"_user\":\"user_1\",\"env\":\"staging\"}"
        + "&ai_org_model=openai__gpt-4o,azure-openai__gpt-35-turbo"
        + "&trace_id=t1&span_id=s1,s2&prompt_slug=p1");
  }

  @Test
  void instantRangesAreSentInUtcWithExplicitOffset() throws Exception {
    server.enqueue(json(read(getClass(), "cost-spec.json")));

    client.analytics().cost(AnalyticsQuery.builder()
        .workspaceSlug("ws-prod")
        .timeRange(TimeRange.of(
            Instant.parse("2026-01-01T00:00:00.900Z"), Instant.parse("2026-01-31T00:00:00Z")))
        .build());

    assertThat(server.takeRequest().getUrl().query()).contains(
        "time_of_generation_min=2026-01-01T00:00:00+00:00",
        "time_of_generation_max=2026-01-31T00:00:00+00:00");
  }

  @Test
  void costDecodesSpecShapedBodyInCents() {
    server.enqueue(json(read(getClass(), "cost-spec.json")));

    CostAnalytics cost = client.analytics().cost(istQuery().build());

    assertThat(cost.summary().total()).isEqualByComparingTo("1250");
    assertThat(cost.summary().totalDollars()).isEqualByComparingTo("12.50");
    assertThat(cost.summary().avg()).isEqualByComparingTo("5");
    assertThat(cost.dataPoints()).hasSize(2);
    assertThat(cost.dataPoints().get(1).timestamp()).isEqualTo("2026-02-24T00:00:00Z");
    assertThat(cost.dataPoints().get(1).total()).isEqualByComparingTo("500");
    assertThat(cost.dataPoints().get(1).totalDollars()).isEqualByComparingTo("5.00");
  }

  @Test
  void costDecodesLiveQuirksStringsFractionsZonelessTimesAndUnknownFields() {
    server.enqueue(json(read(getClass(), "cost-live.json")));

    CostAnalytics cost = client.analytics().cost(istQuery().build());

    assertThat(cost.summary().total()).isEqualByComparingTo("3887.3066");
    assertThat(cost.summary().totalDollars()).isEqualByComparingTo("38.873066");
    assertThat(cost.dataPoints()).extracting(CostDataPoint::timestamp).containsExactly(
        Instant.parse("2026-06-18T12:00:00Z"),
        Instant.parse("2026-06-18T13:00:00Z"),
        Instant.parse("2026-06-18T08:30:00Z"));
    assertThat(cost.dataPoints().get(0).avg()).isEqualByComparingTo("10.0004");
    assertThat(cost.dataPoints().get(1).avg()).isEqualByComparingTo("0");
    assertThat(cost.dataPoints().get(2).total()).isEqualByComparingTo("2686.8066");
  }
}
