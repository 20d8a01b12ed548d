package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The response schemas of the vendored official spec (read from core's test resources), and an
 * OpenAPI 3.0 schema check for the keywords the spec uses: {@code type}, {@code nullable}, {@code
 * properties}, {@code required}, {@code items}, {@code enum}, {@code format} (date-time, uuid),
 * {@code minimum}, {@code maximum}, {@code additionalProperties} and {@code $ref}. An unknown
 * keyword fails the check, so a spec update cannot be half-checked.
 *
 * <p>Departures of the live server from the spec that the fake reproduces on purpose are allowed
 * only where {@link LiveDrift} lists them, each with its source in API-FACTS.md.
 */
final class OpenApiSchemas {
  private static final Set<String> KNOWN = Set.of("type", "nullable", "properties", "required",
      "items", "enum", "format", "minimum", "maximum", "additionalProperties", "$ref",
      "description", "example", "default", "x-extract-fixup");
  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final JsonNode root;

  private OpenApiSchemas(JsonNode root) {
    this.root = root;
  }

  static OpenApiSchemas load() {
    String location = System.getProperty("portkey.spec",
        "../portkey-admin-core/src/test/resources/io/github/portkeyadmin/contract/"
            + "portkey-admin-subset.yaml");
    try {
      return new OpenApiSchemas(new ObjectMapper(new YAMLFactory())
          .readTree(Files.readString(Path.of(location))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec at " + location, e);
    }
  }

  /** Every spec path with a GET. */
  List<String> getPaths() {
    List<String> paths = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(p -> {
      if (root.path("paths").path(p).has("get")) {
        paths.add(p);
      }
    });
    return paths;
  }

  /** The JSON schema of a GET's response for a status, or a missing node if none is declared. */
  JsonNode responseSchema(String path, int status) {
    return root.path("paths").path(path).path("get").path("responses")
        .path(Integer.toString(status)).path("content").path("application/json").path("schema");
  }

  /** Every way {@code value} departs from {@code schema}, one line each, at JSON pointers. */
  List<String> violations(JsonNode schema, JsonNode value, LiveDrift drift) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "", false, drift, problems);
    return problems;
  }

  private void check(JsonNode schema, JsonNode value, String at, boolean optional,
      LiveDrift drift, List<String> problems) {
    schema.fieldNames().forEachRemaining(keyword -> {
      if (!KNOWN.contains(keyword)) {
        problems.add(at + ": schema keyword " + keyword + " is not checked; teach OpenApiSchemas");
      }
    });
    if (schema.has("$ref")) {
      // OAS 3.0: siblings of $ref are ignored.
      check(resolve(schema.path("$ref").asText()), value, at, optional, drift, problems);
      return;
    }
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean() && !(optional && drift.nullsForOptional())) {
        problems.add(at + ": null, but the schema is not nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    if (!type.isEmpty() && !typeMatches(type, value, at, drift)) {
      problems.add(at + ": expected " + type + ", got " + value.getNodeType() + " " + value);
      return;
    }
    if (schema.has("enum") && !inEnum(schema.path("enum"), value)
        && !drift.extraEnumValue(at, value.asText())) {
      problems.add(at + ": " + value + " is not one of " + schema.path("enum"));
    }
    checkFormat(schema.path("format").asText(""), value, at, problems);
    if (schema.has("minimum") && value.isNumber()
        && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
      problems.add(at + ": " + value + " is below the minimum " + schema.path("minimum"));
    }
    if (schema.has("maximum") && value.isNumber()
        && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
      problems.add(at + ": " + value + " is above the maximum " + schema.path("maximum"));
    }
    if (value.isObject()) {
      checkObject(schema, value, at, drift, problems);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.path("items"), value.get(i), at + "/" + i, false, drift, problems);
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String at, LiveDrift drift,
      List<String> problems) {
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    for (String name : required) {
      if (!value.has(name)) {
        problems.add(at + ": required property " + name + " is missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String where = at + "/" + field.getKey();
      if (properties.has(field.getKey())) {
        check(properties.path(field.getKey()), field.getValue(), where,
            !required.contains(field.getKey()), drift, problems);
      } else if (additional.isObject()) {
        check(additional, field.getValue(), where, false, drift, problems);
      } else if (additional.isBoolean() && !additional.asBoolean()) {
        problems.add(where + ": additional property not allowed");
      }
    }
  }

  private static boolean typeMatches(String type, JsonNode value, String at, LiveDrift drift) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber()
          || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)
          || (value.isNumber() && drift.decimalForInteger(at));
      default -> false;
    };
  }

  private static boolean inEnum(JsonNode values, JsonNode value) {
    for (JsonNode allowed : values) {
      if (allowed.equals(value) || allowed.asText().equals(value.asText())) {
        return true;
      }
    }
    return false;
  }

  private static void checkFormat(String format, JsonNode value, String at,
      List<String> problems) {
    if (!value.isTextual()) {
      return;
    }
    switch (format) {
      case "date-time" -> {
        try {
          OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
          problems.add(at + ": " + value + " is not an RFC 3339 date-time");
        }
      }
      case "uuid" -> {
        if (!UUID_FORM.matcher(value.asText()).matches()) {
          problems.add(at + ": " + value + " is not a UUID");
        } else {
          UUID.fromString(value.asText());
        }
      }
      default -> {
        // uri, email and none: not asserted by the spec's examples either
      }
    }
  }

  private JsonNode resolve(String ref) {
    JsonNode target = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
    if (target == null || target.isMissingNode()) {
      throw new IllegalStateException("cannot resolve $ref " + ref);
    }
    return target;
  }
}
