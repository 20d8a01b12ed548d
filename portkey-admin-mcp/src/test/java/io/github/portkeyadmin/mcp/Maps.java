package io.github.portkeyadmin.mcp;

import java.util.List;
import java.util.Map;

/** Reading the JSON trees MCP results arrive as. */
final class Maps {
  private Maps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
