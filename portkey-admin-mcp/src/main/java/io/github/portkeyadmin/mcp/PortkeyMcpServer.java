package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.portkeyadmin.internal.Redactor;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import java.util.function.Function;

/** Assembles the MCP server: eleven tools, three prompts, on any transport. */
final class PortkeyMcpServer {
  static final String NAME = "portkey-admin";
  private static final String INSTRUCTIONS = "Read-only tools for one Portkey organisation's"
      + " Admin API: spend, requests, tokens, users, models, workspaces, virtual keys and log"
      + " exports, plus summarize_spend_by_model, detect_usage_spikes and"
      + " check_virtual_key_health, which answer the common questions in one call. Analytics"
      + " money is in US cents and dollars (both given); key budgets are in US dollars.";

  private PortkeyMcpServer() {}

  /** The tools in the order {@code tools/list} shows them. */
  static List<Function<ToolContext, ToolSpec>> tools() {
    return List.of(CostTool::spec, RequestsTool::spec, TokensTool::spec, UsersTool::spec,
        ModelsTool::spec, WorkspacesTool::spec, VirtualKeysTool::spec, LogExportsTool::spec,
        SpendByModelTool::spec, UsageSpikesTool::spec, KeyHealthTool::spec);
  }

  /**
   * A mapper configured like the Portkey SDK's for what this server writes: java.time and
   * Optional values serialise (the MCP SDK's default mapper fails on them silently), unknown
   * fields of clients are ignored.
   */
  static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  static McpSyncServer start(McpServerTransportProvider transport, ToolContext context,
      Redactor redactor, ObjectMapper mapper, JsonSchemaValidator validator) {
    ToolRunner runner = new ToolRunner(mapper, validator, redactor, context.demo());
    List<SyncToolSpecification> tools = tools().stream()
        .map(tool -> runner.specification(tool.apply(context)))
        .toList();
    return McpServer.sync(transport)
        .serverInfo(NAME, Main.version())
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(false).prompts(false).build())
        .jsonMapper(new JacksonMcpJsonMapper(mapper))
        .jsonSchemaValidator(validator)
        // ToolRunner validates after accepting arrays and objects sent as JSON strings.
        .validateToolInputs(false)
        .tools(tools)
        .prompts(Prompts.all())
        .build();
  }
}
