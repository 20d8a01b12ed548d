package io.github.portkeyadmin.mcp;

import java.util.Map;
import java.util.function.Function;

/**
 * One tool: what {@code tools/list} shows of it and what answers a call.
 *
 * @param name the tool name
 * @param title the title people see
 * @param description what it answers, in units, and which tool to call next
 * @param inputSchema the JSON Schema of the arguments
 * @param outputSchema the JSON Schema of the structured result
 * @param handler the work, from checked arguments to a result
 */
record ToolSpec(String name, String title, String description, Map<String, Object> inputSchema,
    Map<String, Object> outputSchema, Function<Args, ToolOutput> handler) {}
