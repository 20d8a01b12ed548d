package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.portkeyadmin.internal.Redactor;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a {@link ToolSpec} as an MCP tool: arguments checked before any request, every failure an
 * {@code isError} result the model can act on (never a protocol error), demo data marked and the
 * API key removed from everything returned.
 */
final class ToolRunner {
  static final String DEMO_NOTE =
      "DEMO DATA: a fictional organisation, not a real Portkey account.";

  private final ObjectMapper mapper;
  private final JsonSchemaValidator validator;
  private final Redactor redactor;
  private final boolean demo;

  ToolRunner(ObjectMapper mapper, JsonSchemaValidator validator, Redactor redactor, boolean demo) {
    this.mapper = mapper;
    this.validator = validator;
    this.redactor = redactor;
    this.demo = demo;
  }

  SyncToolSpecification specification(ToolSpec spec) {
    Tool tool = Tool.builder(spec.name(), spec.inputSchema())
        .title(spec.title())
        .description(spec.description())
        .outputSchema(spec.outputSchema())
        .annotations(ToolAnnotations.builder()
            .title(spec.title())
            .readOnlyHint(true)
            .destructiveHint(false)
            .idempotentHint(true)
            .openWorldHint(true)
            .build())
        .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler((exchange, request) -> call(spec, request))
        .build();
  }

  CallToolResult call(ToolSpec spec, CallToolRequest request) {
    try {
      Args args = Args.parse(request.arguments(), spec.inputSchema(), mapper, validator);
      return success(spec.handler().apply(args));
    } catch (RuntimeException failure) {
      return failure(Failures.describe(failure));
    } catch (LinkageError | StackOverflowError | OutOfMemoryError error) {
      // Never an unanswered call: the model reads this, the operator sees it on stderr too.
      return failure("The server failed internally (" + error + "); this is a bug of the"
          + " server or of its installation, not of the arguments.");
    }
  }

  private CallToolResult success(ToolOutput output) {
    Map<String, Object> structured = new LinkedHashMap<>(output.structured());
    structured.put("demo", demo);
    String text = demo ? DEMO_NOTE + "\n" + output.text() : output.text();
    return CallToolResult.builder()
        .structuredContent(redacted(structured))
        .addTextContent(redactor.redact(text))
        .isError(false)
        .build();
  }

  private CallToolResult failure(String text) {
    return CallToolResult.builder()
        .addTextContent(redactor.redact((demo ? DEMO_NOTE + " " : "") + text))
        .isError(true)
        .build();
  }

  private Map<String, Object> redacted(Map<String, Object> structured) {
    try {
      String json = mapper.writeValueAsString(structured);
      String clean = redactor.redact(json);
      if (clean.equals(json)) {
        return structured;
      }
      return mapper.readValue(clean, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tool result could not be written as JSON", e);
    }
  }
}
