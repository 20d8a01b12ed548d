package io.github.portkeyadmin.mcp;

import java.util.Map;

/**
 * A tool's answer: the structured result (matching the tool's output schema) and a short text
 * rendering of it for people.
 *
 * @param structured the result
 * @param text a few lines saying what it shows
 */
record ToolOutput(Map<String, Object> structured, String text) {}
