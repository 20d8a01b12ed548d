package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A tool call's arguments, checked against the tool's input schema, with typed getters.
 *
 * <p>Agents often send an array or object as a JSON string ({@code "models": "[\"a\"]"}) or a
 * number as a string; where the schema asks for an array, object, integer or number, such a string
 * is parsed first. Every problem is an {@link IllegalArgumentException} naming the argument.
 */
final class Args {
  private final Map<String, Object> values;

  private Args(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Coerces string-encoded values, then validates with the MCP SDK's JSON Schema validator.
   *
   * @throws IllegalArgumentException if the arguments do not match the schema
   */
  static Args parse(@Nullable Map<String, Object> raw, Map<String, Object> inputSchema,
      ObjectMapper mapper, JsonSchemaValidator validator) {
    Map<String, Object> values = new LinkedHashMap<>(raw == null ? Map.of() : raw);
    Map<?, ?> properties = (Map<?, ?>) inputSchema.get("properties");
    values.replaceAll((name, value) -> coerce(value, properties.get(name), mapper));
    JsonSchemaValidator.ValidationResponse check = validator.validate(inputSchema, values);
    if (!check.valid()) {
      throw new IllegalArgumentException(check.errorMessage()
          + " (see the tool's inputSchema for the arguments it takes)");
    }
    return new Args(values);
  }

  /** No arguments: every getter gives its default. */
  static Args none() {
    return new Args(Map.of());
  }

  private static @Nullable Object coerce(
      @Nullable Object value, @Nullable Object property, ObjectMapper mapper) {
    if (!(value instanceof String text) || !(property instanceof Map<?, ?> schema)) {
      return value;
    }
    Object type = schema.get("type");
    if (!"array".equals(type) && !"object".equals(type) && !"integer".equals(type)
        && !"number".equals(type)) {
      return value;
    }
    try {
      Object parsed = mapper.readValue(text.strip(), Object.class);
      return parsed == null ? value : parsed;
    } catch (JsonProcessingException notJson) {
      return value; // the schema check reports it, naming the argument
    }
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  Optional<String> string(String name) {
    Object value = values.get(name);
    return value == null ? Optional.empty() : Optional.of(value.toString().strip());
  }

  OptionalInt integer(String name) {
    Object value = values.get(name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(((Number) value).intValue());
  }

  int integer(String name, int defaultValue) {
    return integer(name).orElse(defaultValue);
  }

  OptionalLong count(String name) {
    Object value = values.get(name);
    return value == null ? OptionalLong.empty() : OptionalLong.of(((Number) value).longValue());
  }

  Optional<BigDecimal> decimal(String name) {
    Object value = values.get(name);
    return value == null ? Optional.empty() : Optional.of(new BigDecimal(value.toString()));
  }

  boolean bool(String name, boolean defaultValue) {
    Object value = values.get(name);
    return value == null ? defaultValue : (Boolean) value;
  }

  List<String> strings(String name) {
    Object value = values.get(name);
    List<String> list = new ArrayList<>();
    if (value instanceof List<?> items) {
      items.forEach(item -> list.add(String.valueOf(item).strip()));
    }
    return list;
  }

  List<Integer> integers(String name) {
    Object value = values.get(name);
    List<Integer> list = new ArrayList<>();
    if (value instanceof List<?> items) {
      items.forEach(item -> list.add(((Number) item).intValue()));
    }
    return list;
  }

  Map<String, String> stringMap(String name) {
    Object value = values.get(name);
    Map<String, String> map = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((key, item) -> map.put(String.valueOf(key), String.valueOf(item)));
    }
    return map;
  }
}
