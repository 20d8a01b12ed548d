package io.github.portkeyadmin.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete from is generated at build time, with descriptions and defaults. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyHasADescriptionAndTheCoreDefaults() throws Exception {
    Map<String, JsonNode> properties = new HashMap<>();
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
        properties.put(property.get("name").asText(), property);
      }
    }

    assertThat(properties).hasSize(22);
    assertThat(properties.values()).allSatisfy(p ->
        assertThat(p.path("description").asText()).as(p.get("name").asText()).isNotBlank());
    Map<String, String> defaults = Map.ofEntries(
        Map.entry("portkey.admin.base-url", "https://api.portkey.ai/v1/"),
        Map.entry("portkey.admin.connect-timeout", "10s"),
        Map.entry("portkey.admin.read-timeout", "30s"),
        Map.entry("portkey.admin.call-timeout", "60s"),
        Map.entry("portkey.admin.max-retries", "2"),
        Map.entry("portkey.admin.max-retry-wait", "30s"),
        Map.entry("portkey.admin.http-logging", "none"),
        Map.entry("portkey.admin.max-response-bytes", "64MB"),
        Map.entry("portkey.admin.metrics.enabled", "true"),
        Map.entry("portkey.admin.health.enabled", "false"),
        Map.entry("portkey.admin.health.cache-ttl", "5m"));
    defaults.forEach((name, value) ->
        assertThat(properties.get(name).path("defaultValue").asText()).as(name).isEqualTo(value));
    assertThat(properties.get("portkey.admin.api-key").path("description").asText())
        .contains("Required");
  }
}
