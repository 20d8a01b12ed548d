package io.github.portkeyadmin.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Writes the SDK's models and the insights as indented JSON, dates in ISO-8601, every name in
 * snake_case as the API writes them (the models' names are the API's already; the insights'
 * derived values such as {@code costDollars} become {@code cost_dollars}).
 */
final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** Renames every object key to snake_case, also those a model names explicitly. */
  private static JsonNode snakeCaseNames(JsonNode node) {
    if (node.isObject()) {
      ObjectNode renamed = MAPPER.createObjectNode();
      node.properties().forEach(field ->
          renamed.set(snakeCase(field.getKey()), snakeCaseNames(field.getValue())));
      return renamed;
    }
    if (node.isArray()) {
      ArrayNode renamed = MAPPER.createArrayNode();
      node.forEach(element -> renamed.add(snakeCaseNames(element)));
      return renamed;
    }
    return node;
  }

  /** {@code SpendTrends} as {@code spend_trends}, for the keys the examples make up. */
  static String snakeCase(String name) {
    return new PropertyNamingStrategies.SnakeCaseStrategy().translate(name);
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(snakeCaseNames(MAPPER.valueToTree(value)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
