package io.github.portkeyadmin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The check the MCP SDK's builder would make at every start ({@link DeferredSchemaValidator} skips
 * it there): every tool's input and output schema is a valid JSON Schema.
 */
class ToolSchemaTest {
  @Test
  void everyToolSchemaConformsToTheMetaSchema() {
    DefaultJsonSchemaValidator validator =
        new DefaultJsonSchemaValidator(PortkeyMcpServer.objectMapper());
    ToolContext context = new ToolContext(() -> {
      throw new AssertionError("no call is made");
    }, Clock.systemUTC(), Optional.empty(), false, null);
    assertThat(PortkeyMcpServer.tools()).hasSize(11);
    PortkeyMcpServer.tools().forEach(factory -> {
      ToolSpec spec = factory.apply(context);
      ValidationResponse input = validator.validateSchema(spec.inputSchema());
      ValidationResponse output = validator.validateSchema(spec.outputSchema());
      assertThat(input.valid()).as(spec.name() + " input: " + input.errorMessage()).isTrue();
      assertThat(output.valid()).as(spec.name() + " output: " + output.errorMessage()).isTrue();
    });
  }

  @Test
  void theMetaSchemaCheckCatchesABrokenSchema() {
    DefaultJsonSchemaValidator validator =
        new DefaultJsonSchemaValidator(PortkeyMcpServer.objectMapper());
    assertThat(validator.validateSchema(Schema.ordered("type", "object", "properties",
        Schema.ordered("n", Schema.ordered("type", "integr")))).valid()).isFalse();
  }
}
