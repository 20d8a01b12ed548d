package io.github.portkeyadmin.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;

/** The three example prompts of Portkey's integration page, each naming the tool that answers it. */
final class Prompts {
  private Prompts() {}

  static List<SyncPromptSpecification> all() {
    return List.of(
        prompt("spend_trends_by_model", "Spend trends by model",
            "Pull my Portkey cost analytics for the last 30 days and summarize spend trends by"
                + " model.", SpendByModelTool.NAME + " with last_days=30"),
        prompt("usage_spikes", "Usage spikes and error rates",
            "Show me Portkey request and token usage for the last week and flag any unusual"
                + " spikes or error rates.", UsageSpikesTool.NAME + " with last_days=7"),
        prompt("virtual_key_health", "Virtual key health",
            "List my Portkey virtual keys and flag any that are exhausted or close to expiry.",
            KeyHealthTool.NAME));
  }

  private static SyncPromptSpecification prompt(
      String name, String title, String question, String tool) {
    Prompt prompt = Prompt.builder(name)
        .title(title)
        .description(question + " Answered by " + tool + ".")
        .arguments(List.of(PromptArgument.builder(AnalyticsArgs.WORKSPACE)
            .description("Workspace slug; default PORTKEY_WORKSPACE_SLUG")
            .required(false)
            .build()))
        .build();
    return new SyncPromptSpecification(prompt, (exchange, request) -> answer(request, question,
        tool));
  }

  private static GetPromptResult answer(GetPromptRequest request, String question, String tool) {
    Object workspace = request.arguments() == null ? null
        : request.arguments().get(AnalyticsArgs.WORKSPACE);
    String where = workspace == null || workspace.toString().isBlank() ? ""
        : " (" + AnalyticsArgs.WORKSPACE + "=" + workspace + ")";
    String text = question + "\n\nCall the tool " + tool + where + " and summarise its result;"
        + " money is in US dollars unless a field says cents.";
    return GetPromptResult.builder(List.of(PromptMessage.builder(Role.USER,
        TextContent.builder(text).build()).build())).build();
  }
}
