package io.github.portkeyadmin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.ListToolsResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ToolListTest extends SessionTest {
  ToolListTest() {
    super(3, Optional.empty());
  }

  @Test
  void listsTheElevenToolsWithTheIntegrationPageTitles() {
    List<Tool> tools = session.client.listTools().tools();
    assertThat(tools).extracting(Tool::name).containsExactly("get_cost_analytics",
        "get_request_analytics", "get_token_analytics", "get_user_analytics_summary",
        "get_model_analytics_summary", "list_workspaces", "list_virtual_keys", "list_log_exports",
        "summarize_spend_by_model", "detect_usage_spikes", "check_virtual_key_health");
    assertThat(tools).extracting(Tool::title).containsExactly("Get Cost Analytics",
        "Get Request Analytics", "Get Token Analytics", "Get User Analytics Summary",
        "Get Model Analytics Summary", "List Workspaces", "List Virtual Keys", "List Log Exports",
        "Summarize Spend by Model", "Detect Usage Spikes", "Check Virtual Key Health");
  }

  @Test
  void everyToolIsAnnotatedReadOnlyIdempotentAndNotDestructive() {
    for (Tool tool : session.client.listTools().tools()) {
      assertThat(tool.annotations().readOnlyHint()).as(tool.name()).isTrue();
      assertThat(tool.annotations().idempotentHint()).as(tool.name()).isTrue();
      assertThat(tool.annotations().destructiveHint()).as(tool.name()).isFalse();
      assertThat(tool.annotations().title()).isEqualTo(tool.title());
      assertThat(tool.description()).as(tool.name()).isNotBlank().hasSizeLessThan(400);
    }
  }

  @Test
  void schemasAreClosedObjectsWithBoundsDefaultsAndAnOutputSchema() {
    for (Tool tool : session.client.listTools().tools()) {
      assertThat(tool.inputSchema()).as(tool.name())
          .containsEntry("type", "object").containsEntry("additionalProperties", false);
      assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(Maps.map(tool.outputSchema().get("properties"))).containsKey("demo");
    }
    Map<String, Object> cost = properties(tool("get_cost_analytics").inputSchema());
    assertThat(cost.keySet()).contains("workspace_slug", "last_days", "last_hours",
        "time_of_generation_min", "time_of_generation_max", "models", "status_codes", "metadata",
        "virtual_keys", "cost_min_cents", "weighted_feedback_max", "max_points");
    assertThat(Maps.map(cost.get("last_days")))
        .containsEntry("type", "integer").containsEntry("minimum", 1).containsEntry("maximum", 365);
    assertThat(Maps.map(cost.get("time_of_generation_min"))).containsEntry("format", "date-time");
    Map<String, Object> keys = properties(tool("list_virtual_keys").inputSchema());
    assertThat(Maps.map(keys.get("max_items"))).containsEntry("default", 100)
        .containsEntry("maximum", 1000);
  }

  @Test
  void theWholeToolListStaysUnder32Kilobytes() throws Exception {
    ListToolsResult list = session.client.listTools();
    int bytes = new ObjectMapper().writeValueAsBytes(list).length;
    assertThat(bytes).isLessThanOrEqualTo(32 * 1024);
  }

  @Test
  void theThreePromptsNameTheToolThatAnswersThem() {
    Map<String, String> prompts = session.client.listPrompts().prompts().stream()
        .collect(Collectors.toMap(Prompt::name, Prompt::description));
    assertThat(prompts.keySet())
        .containsExactlyInAnyOrder("spend_trends_by_model", "usage_spikes", "virtual_key_health");
    assertThat(prompts.get("spend_trends_by_model")).contains("last 30 days")
        .contains("summarize_spend_by_model");
    assertThat(prompts.get("usage_spikes")).contains("last week").contains("detect_usage_spikes");
    assertThat(prompts.get("virtual_key_health")).contains("close to expiry")
        .contains("check_virtual_key_health");
    String text = ((TextContent) session.client.getPrompt(GetPromptRequest.builder(
        "usage_spikes").arguments(Map.of("workspace_slug", "ws-prod-1a2b3c")).build()).messages().get(0).content())
        .text();
    assertThat(text).contains("flag any unusual spikes")
        .contains("detect_usage_spikes with last_days=7 (workspace_slug=ws-prod-1a2b3c)");
  }

  private Tool tool(String name) {
    return session.client.listTools().tools().stream().filter(t -> t.name().equals(name))
        .findFirst().orElseThrow();
  }

  private static Map<String, Object> properties(Map<String, Object> schema) {
    return Maps.map(schema.get("properties"));
  }
}
