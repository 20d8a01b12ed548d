package io.github.portkeyadmin.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The MCP SDK's JSON Schema validator, built on first use instead of at start-up. The SDK's
 * builder checks every tool schema against the meta-schema, which loaded the schema library
 * before {@code initialize} could be answered; our schemas are fixed, so that check runs in a
 * test ({@code ToolSchemaTest}) and here only {@link #validate} does real work.
 */
final class DeferredSchemaValidator implements JsonSchemaValidator {
  private final ObjectMapper mapper;
  private volatile @Nullable JsonSchemaValidator delegate;

  DeferredSchemaValidator(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return delegate().validate(schema, structuredContent);
  }

  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return ValidationResponse.asValid(null);
  }

  /** Loads the schema library, for a warm-up thread. */
  void warmUp() {
    delegate().validate(Map.of("type", "object"), Map.of());
  }

  private JsonSchemaValidator delegate() {
    JsonSchemaValidator made = delegate;
    if (made == null) {
      synchronized (this) {
        made = delegate;
        if (made == null) {
          made = new DefaultJsonSchemaValidator(mapper);
          delegate = made;
        }
      }
    }
    return made;
  }
}
