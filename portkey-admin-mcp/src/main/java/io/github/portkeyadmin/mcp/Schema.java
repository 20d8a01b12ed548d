package io.github.portkeyadmin.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JSON Schema fragments, as the maps the MCP SDK takes; property order is kept. */
final class Schema {
  private final Map<String, Object> properties = new LinkedHashMap<>();

  private Schema() {}

  static Schema properties() {
    return new Schema();
  }

  Schema add(String name, Map<String, Object> schema) {
    properties.put(name, schema);
    return this;
  }

  Schema addAll(Schema other) {
    properties.putAll(other.properties);
    return this;
  }

  /** A closed object of these properties: unknown arguments are refused, so typos surface. */
  Map<String, Object> object(String... required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (required.length > 0) {
      schema.put("required", List.of(required));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** An open object (for outputs): fields added later do not break a client's validation. */
  Map<String, Object> openObject(String... required) {
    Map<String, Object> schema = object(required);
    schema.remove("additionalProperties");
    return schema;
  }

  static Map<String, Object> string(String description) {
    return described(ordered("type", "string"), description);
  }

  static Map<String, Object> dateTime(String description) {
    return described(ordered("type", "string", "format", "date-time"), description);
  }

  static Map<String, Object> stringEnum(String description, String... values) {
    return described(ordered("type", "string", "enum", List.of(values)), description);
  }

  static Map<String, Object> integer(String description, long minimum, long maximum) {
    return described(ordered("type", "integer", "minimum", minimum, "maximum", maximum), description);
  }

  static Map<String, Object> integer(
      String description, long minimum, long maximum, long defaultValue) {
    Map<String, Object> schema = integer(description, minimum, maximum);
    schema.put("default", defaultValue);
    return schema;
  }

  /** A whole number from 0 up. */
  static Map<String, Object> count(String description) {
    return described(ordered("type", "integer", "minimum", 0), description);
  }

  static Map<String, Object> number(String description, double minimum, double maximum) {
    return described(ordered("type", "number", "minimum", minimum, "maximum", maximum), description);
  }

  static Map<String, Object> bool(String description, boolean defaultValue) {
    Map<String, Object> schema = described(ordered("type", "boolean"), description);
    schema.put("default", defaultValue);
    return schema;
  }

  static Map<String, Object> array(Map<String, Object> items, String description) {
    return described(ordered("type", "array", "items", items), description);
  }

  static Map<String, Object> stringMap(String description) {
    return described(
        ordered("type", "object", "additionalProperties", ordered("type", "string")), description);
  }

  /** An untyped-description schema of one JSON type, for output fields. */
  static Map<String, Object> type(String type) {
    return ordered("type", type);
  }

  /** An output array of objects with these properties. */
  static Map<String, Object> arrayOf(Schema items) {
    return ordered("type", "array", "items", items.openObject());
  }

  /** A map of alternating keys and values, in that order (unlike {@code Map.of}). */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> described(Map<String, Object> schema, String description) {
    if (!description.isEmpty()) {
      schema.put("description", description);
    }
    return schema;
  }
}
