package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.InProcessSession.text;
import static io.github.portkeyadmin.mcp.Maps.list;
import static io.github.portkeyadmin.mcp.Maps.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every tool against the fake, asserting the numbers the fixtures imply. */
class ToolCallTest extends SessionTest {
  private static final String WORKSPACE = "ws-prod-1a2b3c";
  ToolCallTest() {
    super(250, Optional.of(WORKSPACE));
  }

  @Test
  void costAnalyticsGivesCentsAndDollarsAndTheDailySeries() {
    Map<String, Object> cost = structured(session.call("get_cost_analytics", Map.of()));
    assertThat(cost).containsEntry("workspace_slug", WORKSPACE)
        .containsEntry("total_cents", 60000).containsEntry("total_dollars", 600.0)
        .containsEntry("avg_cents_per_request", 2).containsEntry("buckets", 30)
        .containsEntry("bucket_seconds", 86400).containsEntry("demo", false);
    assertThat(list(cost.get("points")).get(0)).containsEntry("cents", 1000);
    assertThat(list(cost.get("points")).get(29)).containsEntry("cents", 3000);
    RecordedRequest request = session.fake.requests().get(0);
    assertThat(request.getUrl().queryParameter("workspace_slug")).isEqualTo(WORKSPACE);
    assertThat(request.getUrl().queryParameter("time_of_generation_min")).isNotBlank();
  }

  @Test
  void aLongSeriesIsReBucketedAndSaysSo() {
    CallToolResult result = session.call("get_cost_analytics", Map.of("max_points", 10));
    Map<String, Object> cost = structured(result);
    assertThat(cost).containsEntry("buckets", 10).containsEntry("total_cents", 60000);
    assertThat(list(cost.get("points")).get(0)).containsEntry("cents", 3000);
    assertThat((String) cost.get("rebucketed")).contains("30 buckets").contains("every 3");
    assertThat(text(result)).contains("$600.00").contains("re-bucketed");
  }

  @Test
  void requestAndTokenAnalyticsTotalTheHourlySeries() {
    Map<String, Object> requests = structured(session.call("get_request_analytics",
        Map.of("last_hours", 24)));
    assertThat(requests).containsEntry("total_requests", 3300).containsEntry("buckets", 24);
    Map<String, Object> tokens = structured(session.call("get_token_analytics",
        Map.of("workspace_slug", "ws-lab-4d5e6f")));
    assertThat(tokens).containsEntry("total_tokens", 120000)
        .containsEntry("avg_tokens_per_request", 50).containsEntry("workspace_slug",
            "ws-lab-4d5e6f");
  }

  @Test
  void userAndModelSummariesReadStringNumbersAndKeepTheCostUnit() {
    Map<String, Object> users = structured(session.call("get_user_analytics_summary", Map.of()));
    assertThat(users).containsEntry("total_users", 3).containsEntry("has_more", false);
    assertThat(list(users.get("users")).get(0)).containsEntry("user", "alice")
        .containsEntry("requests", 1200).containsEntry("cost_cents", 4550)
        .containsEntry("cost_dollars", 45.5);
    Map<String, Object> models = structured(session.call("get_model_analytics_summary",
        Map.of()));
    List<Map<String, Object>> rows = list(models.get("models"));
    assertThat(rows.get(0)).containsEntry("model", "gpt-4o").containsEntry("requests", 900)
        .containsEntry("cost_dollars", 225.0);
    assertThat(rows.get(1)).containsEntry("model", "claude-3-5-sonnet")
        .doesNotContainKey("cost_cents");
  }

  @Test
  void rowsSentWithoutTheirUserOrModelOmitThatFieldAndGetNoCostSeries() {
    session.fake.failNext(FakePortkey.json(200, "{\"object\":\"list\",\"total\":1,\"data\":["
        + "{\"requests\":\"5\",\"cost\":\"10\",\"object\":\"analytics-group\"}]}"));
    CallToolResult users = session.call("get_user_analytics_summary", Map.of());
    assertThat(list(structured(users).get("users")).get(0)).doesNotContainKey("user")
        .containsEntry("requests", 5);
    assertThat(text(users)).contains("(no user sent): 5 requests");

    String unnamedAndGpt4o = "{\"object\":\"list\",\"total\":2,\"data\":["
        + "{\"requests\":\"7\",\"cost\":300,\"object\":\"analytics-group\"},"
        + "{\"ai_model\":\"gpt-4o\",\"requests\":\"900\",\"cost\":22500,"
        + "\"object\":\"analytics-group\"}]}";
    session.fake.failNext(FakePortkey.json(200, unnamedAndGpt4o));
    CallToolResult models = session.call("get_model_analytics_summary", Map.of());
    assertThat(list(structured(models).get("models")).get(0)).doesNotContainKey("model");
    assertThat(text(models)).contains("(no model): 7 requests");

    session.fake.requests().clear();
    session.fake.failNext(FakePortkey.json(200, unnamedAndGpt4o));
    Map<String, Object> spend = structured(session.call("summarize_spend_by_model", Map.of()));
    assertThat(list(spend.get("models"))).extracting(m -> m.get("model"))
        .containsExactly("gpt-4o", "(no model)");
    assertThat(list(spend.get("notes")).toString())
        .contains("1 row(s) came without a model name").doesNotContain("raise max_models");
    assertThat(session.fake.requests()).extracting(r -> r.getUrl().queryParameter("ai_org_model"))
        .containsOnlyOnce("openai__gpt-4o").doesNotContain("openai__");
  }

  @Test
  void workspacesAndLogExportsOfOneOrAllWorkspaces() {
    Map<String, Object> workspaces = structured(session.call("list_workspaces", Map.of()));
    assertThat(workspaces).containsEntry("total_workspaces", 2);
    assertThat(list(workspaces.get("workspaces")).get(1)).containsEntry("slug", "ws-lab-4d5e6f")
        .containsEntry("status", "archived");
    Map<String, Object> all = structured(session.call("list_log_exports", Map.of()));
    assertThat(all).containsEntry("workspaces_checked", 2).containsEntry("returned", 2);
    assertThat(list(all.get("exports"))).extracting(row -> row.get("id"))
        .containsExactly("exp-1", "exp-2");
    Map<String, Object> one = structured(session.call("list_log_exports",
        Map.of("workspace_id", "ws-prod-1a2b3c")));
    assertThat(one).containsEntry("workspaces_checked", 1).containsEntry("returned", 1);
  }

  @Test
  void virtualKeysPageThroughAFewHundredKeysAndSayHowToContinue() {
    Map<String, Object> first = structured(session.call("list_virtual_keys", Map.of()));
    assertThat(first).containsEntry("total_keys", 250).containsEntry("returned", 100)
        .containsEntry("has_more", true).containsEntry("next_offset", 100);
    Map<String, Object> last = structured(session.call("list_virtual_keys",
        Map.of("offset", 200, "max_items", 1000)));
    assertThat(last).containsEntry("returned", 50).containsEntry("has_more", false);
    assertThat(list(last.get("keys")).get(49)).containsEntry("slug", "key-249")
        .containsEntry("provider", "openai").containsEntry("status", "active");
    Map<String, Object> budgeted = list(first.get("keys")).get(3);
    assertThat(map(budgeted.get("budget"))).containsEntry("type", "cost")
        .containsEntry("limit", 100).containsEntry("unit", "USD")
        .containsEntry("reset", "monthly");
    assertThat(list(first.get("keys")).get(1)).containsKey("expires_at");
  }

  @Test
  void theCharacterBudgetCutsALongListAndPagingByNextOffsetReachesEveryKey() {
    List<Object> slugs = new ArrayList<>();
    Map<String, Object> page = structured(session.call("list_virtual_keys",
        Map.of("max_items", 1000)));
    int calls = 1;
    assertThat((int) page.get("returned")).isLessThan(250);
    slugs.addAll(list(page.get("keys")).stream().map(key -> key.get("slug")).toList());
    while ((boolean) page.get("has_more")) {
      CallToolResult next = session.call("list_virtual_keys",
          Map.of("max_items", 1000, "offset", page.get("next_offset")));
      assertThat(text(next)).contains("250 virtual keys");
      page = structured(next);
      slugs.addAll(list(page.get("keys")).stream().map(key -> key.get("slug")).toList());
      calls++;
    }
    assertThat(calls).isEqualTo(2);
    assertThat(slugs).hasSize(250).doesNotHaveDuplicates().startsWith("key-000")
        .endsWith("key-249");
  }

  @Test
  void spendByModelRanksModelsWithSharesAndTrends() {
    CallToolResult result = session.call("summarize_spend_by_model", Map.of());
    Map<String, Object> spend = structured(result);
    assertThat(spend).containsEntry("total_cents", 60125).containsEntry("total_dollars", 601.25);
    assertThat(map(spend.get("trend"))).containsEntry("direction", "UP")
        .containsEntry("change_percent", 200.0);
    List<Map<String, Object>> models = list(spend.get("models"));
    assertThat(models).extracting(m -> m.get("model"))
        .containsExactly("gpt-4o", "claude-3-5-sonnet", "llama-3-70b");
    assertThat(models.get(0)).containsEntry("provider", "openai")
        .containsEntry("cost_dollars", 450.0).containsEntry("share_percent", 74.8);
    assertThat(models.get(1)).containsEntry("provider", "anthropic")
        .containsEntry("cost_cents", 15000);
    assertThat(map(models.get(2).get("trend"))).containsEntry("direction", "NOT_ENOUGH_DATA");
    assertThat(list(spend.get("notes")).toString()).contains("llama-3-70b");
    assertThat(text(result)).contains("$601.25").contains("gpt-4o: $450.00 (74.8%)");
    assertThat(session.fake.requests()).extracting(r -> r.getUrl().queryParameter("ai_org_model"))
        .contains("openai__gpt-4o", "anthropic__claude-3-5-sonnet");
  }

  @Test
  void usageSpikesFlagTheRequestSpikeAndTheErrorRateSpike() {
    Map<String, Object> spikes = structured(session.call("detect_usage_spikes", Map.of()));
    Map<String, Object> requests = map(spikes.get("requests"));
    assertThat(requests).containsEntry("status", "SPIKES").containsEntry("total", 3300)
        .containsEntry("median", 100.0);
    assertThat(list(requests.get("spikes"))).singleElement()
        .satisfies(bucket -> assertThat(bucket).containsEntry("value", 1000));
    Map<String, Object> errorRate = map(spikes.get("error_rate"));
    assertThat(errorRate).containsEntry("status", "SPIKES").containsEntry("total_errors", 86);
    assertThat(list(errorRate.get("spikes"))).singleElement()
        .satisfies(bucket -> assertThat(bucket).containsEntry("rate_percent", 40.0)
            .containsEntry("errors", 40));
    assertThat(map(spikes.get("tokens"))).containsEntry("status", "NONE");
  }

  @Test
  void keyHealthGivesOneVerdictPerKeyMostUrgentFirst() {
    CallToolResult result = session.call("check_virtual_key_health", Map.of("max_items", 5));
    Map<String, Object> health = structured(result);
    assertThat(health).containsEntry("total_keys", 250).containsEntry("needs_attention", 4)
        .containsEntry("usage_measured", 1).containsEntry("has_more", true);
    assertThat(map(health.get("verdicts"))).containsEntry("EXHAUSTED", 1)
        .containsEntry("EXPIRED", 1).containsEntry("EXPIRING", 1).containsEntry("NEAR_LIMIT", 1)
        .containsEntry("HEALTHY", 246);
    List<Map<String, Object>> keys = list(health.get("keys"));
    assertThat(keys).extracting(k -> k.get("slug") + " " + k.get("verdict")).containsExactly(
        "key-000 EXHAUSTED", "key-002 EXPIRED", "key-001 EXPIRING", "key-003 NEAR_LIMIT",
        "key-004 HEALTHY");
    assertThat(keys.get(3)).containsEntry("used_percent", 600.0);
    assertThat(text(result)).contains("4 need attention").contains("key-001: expires");
  }

  static Map<String, Object> structured(CallToolResult result) {
    assertThat(result.isError()).as(() -> text(result)).isFalse();
    return map(result.structuredContent());
  }
}
