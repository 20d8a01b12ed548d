package io.github.portkeyadmin.examples;

import static io.github.portkeyadmin.examples.Runs.demo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.examples.Runs.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five analytics calls, run against the demo data at {@link Runs#NOW}. */
class AnalyticsExamplesTest {
  @Test
  void costGraphShowsTheTotalInDollarsAndTheBusiestWholeDay() {
    Result run = demo(CostGraph.ABOUT, CostGraph::run);

    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("DEMO DATA", "Acme Robotics");
    assertThat(run.out())
        .contains("Spend, last 30 days, workspace ws-prod")
        .contains("total    $3,355.37")
        .contains("2026-02-16 .. 2026-03-18")
        .contains("busiest  2026-03-16  $202.59")
        .contains("quietest 2026-02-21  $63.34")
        .contains("2026-03-16  $202.59           0.83");
  }

  @Test
  void costGraphJsonIsTheSdkModelInCents() {
    JsonNode json = demo(CostGraph.ABOUT, CostGraph::run, "--json").json();

    assertThat(json.get("summary").get("total").decimalValue().movePointLeft(2))
        .isEqualByComparingTo("3355.3681");
    assertThat(json.get("data_points")).hasSize(31);
    assertThat(json.get("data_points").get(0).get("timestamp").asText())
        .isEqualTo("2026-02-16T00:00:00Z");
  }

  @Test
  void requestsGraphShowsTheTotalAndThePeakHourOfTheRunawayJob() {
    Result run = demo(RequestsGraph.ABOUT, RequestsGraph::run);

    assertThat(run.out())
        .contains("total    125,934 requests")
        .contains("peak     2026-03-16T08:00:00Z  5,550 requests")
        .contains("169 hourly buckets");
    assertThat(demo(RequestsGraph.ABOUT, RequestsGraph::run, "--json").json().get("summary").get("total").asLong())
        .isEqualTo(125_934);
  }

  @Test
  void tokensGraphShowsTheTotalAndAveragePerRequest() {
    Result run = demo(TokensGraph.ABOUT, TokensGraph::run);

    assertThat(run.out())
        .contains("total    184,551,700 tokens (1,465 per request on average)")
        .contains("peak     2026-03-16T08:00:00Z  8,063,500 tokens");
    assertThat(demo(TokensGraph.ABOUT, TokensGraph::run, "--json").json().get("data_points")).hasSize(169);
  }

  @Test
  void usersSummaryWalksEveryPageAndAddsUpToTheCostGraph() {
    Result run = demo(UsersSummary.ABOUT, UsersSummary::run);

    assertThat(run.err()).contains("fetching users: page 2 (5 of 9 so far)")
        .contains("fetched 9 users in 2 pages");
    assertThat(run.out())
        .contains("maria.garcia@acme.example   113,372    $805.29")
        .contains("(no user)")
        .containsPattern("total +472,387 +\\$3,355\\.37");
  }

  @Test
  void usersSummaryJsonListsEveryUser() {
    JsonNode json = demo(UsersSummary.ABOUT, UsersSummary::run, "--json").json();

    assertThat(json).hasSize(9);
    List<String> users = new ArrayList<>();
    json.forEach(user -> users.add(user.get("user").isNull() ? null : user.get("user").asText()));
    assertThat(users).contains("support-bot", "ci-pipeline", null);   // requests without _user
  }

  @Test
  void modelsSummaryShowsRequestsAndSpendPerModel() {
    Result run = demo(ModelsSummary.ABOUT, ModelsSummary::run);

    assertThat(run.out())
        .contains("gpt-4o-mini         175,968    $123.18")
        .contains("gpt-4o              142,824  $1,571.06")
        .contains("claude-3-5-sonnet    92,358  $1,339.19")
        .contains("o3-mini              14,868     $66.91");
    JsonNode json = demo(ModelsSummary.ABOUT, ModelsSummary::run, "--json").json();
    assertThat(json).hasSize(5);
    assertThat(json.get(0).get("ai_model").asText()).isEqualTo("gpt-4o-mini");
  }
}
