package io.github.portkeyadmin.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * The vendored official OpenAPI subset, and a checker that lists every way a request target
 * (path and query, relative to the spec's server URL) departs from it.
 */
final class SpecContract {
  private static final String RESOURCE = "portkey-admin-subset.yaml";
  /** The form the spec's date-time parameters state: {@code YYYY-MM-DDTHH:MM:SS±HH:MM}. */
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;

  private SpecContract(JsonNode root) {
    this.root = root;
  }

  static SpecContract load() {
    try (InputStream in = SpecContract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " beside " + SpecContract.class);
      }
      return new SpecContract(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the spec's first server URL, e.g. {@code /v1}. */
  String basePath() {
    return URI.create(root.path("servers").path(0).path("url").asText()).getPath();
  }

  /** Every path of the spec that has a GET operation. */
  List<String> getPaths() {
    List<String> paths = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(path -> {
      if (hasGet(path)) {
        paths.add(path);
      }
    });
    return paths;
  }

  boolean hasGet(String path) {
    return root.path("paths").path(path).has("get");
  }

  /** The names of the query parameters the GET operation of {@code path} declares. */
  List<String> queryParameterNames(String path) {
    return List.copyOf(queryParameters(path, root.path("paths").path(path).path("get")).keySet());
  }

  /**
   * Checks a request against the spec.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param target the path and query below the base path, e.g. {@code /virtual-keys?page_size=1}
   * @return one line per violation; empty when the request conforms
   */
  List<String> violations(String method, String target) {
    HttpUrl url = HttpUrl.get("http://contract.invalid" + target);
    Optional<String> path = specPath(url.encodedPath());
    if (path.isEmpty()) {
      return List.of(method + " " + url.encodedPath() + ": not a path of the spec");
    }
    String where = method + " " + path.get();
    JsonNode operation = root.path("paths").path(path.get()).path(method.toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) {
      return List.of(where + ": the spec declares no " + method + " operation for this path");
    }
    Map<String, JsonNode> declared = queryParameters(path.get(), operation);
    List<String> violations = new ArrayList<>();
    for (String name : url.queryParameterNames()) {
      sentProblems(declared.get(name), name, url.queryParameterValues(name))
          .forEach(problem -> violations.add(where + ": " + problem));
    }
    declared.forEach((name, parameter) -> {
      if (parameter.path("required").asBoolean() && !url.queryParameterNames().contains(name)) {
        violations.add(where + ": required query parameter " + name + " is missing");
      }
    });
    return violations;
  }

  private static List<String> sentProblems(JsonNode parameter, String name, List<String> values) {
    if (parameter == null) {
      return List.of("query parameter " + name + " is not declared");
    }
    List<String> problems = new ArrayList<>();
    if (values.size() > 1) {
      problems.add(name + " is sent " + values.size() + " times");
    }
    for (String value : values) {
      String sent = value == null ? "" : value;
      valueProblems(parameter, sent).forEach(p -> problems.add(name + "=" + sent + ": " + p));
    }
    return problems;
  }

  /** Checks the value, or each element of a parameter the spec describes as comma separated. */
  private static List<String> valueProblems(JsonNode parameter, String value) {
    String description = parameter.path("description").asText().toLowerCase(Locale.ROOT);
    List<String> elements = description.contains("comma separated")
        ? Arrays.asList(value.split(",", -1))
        : List.of(value);
    Stream<String> jsonProblem = description.contains("json object") && !isJsonObject(value)
        ? Stream.of("not a JSON object")
        : Stream.empty();
    return Stream.concat(jsonProblem,
            elements.stream().flatMap(element -> schemaProblems(parameter.path("schema"), element)))
        .toList();
  }

  private static Stream<String> schemaProblems(JsonNode schema, String value) {
    JsonNode allowed = schema.path("enum");
    if (allowed.isArray() && stream(allowed).noneMatch(e -> e.asText().equals(value))) {
      return Stream.of("\"" + value + "\" is not one of " + allowed);
    }
    String type = schema.path("type").asText();
    return switch (type) {
      case "integer" -> parses(value, Long::parseLong)
          ? boundProblems(schema, new BigDecimal(value))
          : Stream.of("not an integer");
      case "number" -> parses(value, BigDecimal::new)
          ? boundProblems(schema, new BigDecimal(value))
          : Stream.of("not a number");
      case "string" -> "date-time".equals(schema.path("format").asText())
          ? dateTimeProblems(value)
          : Stream.empty();
      default -> Stream.of("schema type '" + type + "' is not checked; teach SpecContract");
    };
  }

  private static Stream<String> boundProblems(JsonNode schema, BigDecimal value) {
    JsonNode minimum = schema.path("minimum");
    JsonNode maximum = schema.path("maximum");
    Stream<String> low = minimum.isNumber() && value.compareTo(minimum.decimalValue()) < 0
        ? Stream.of("below the minimum " + minimum)
        : Stream.empty();
    Stream<String> high = maximum.isNumber() && value.compareTo(maximum.decimalValue()) > 0
        ? Stream.of("above the maximum " + maximum)
        : Stream.empty();
    return Stream.concat(low, high);
  }

  private static Stream<String> dateTimeProblems(String value) {
    if (!DATE_TIME.matcher(value).matches()) {
      return Stream.of("not in the form YYYY-MM-DDTHH:MM:SS±HH:MM");
    }
    return parses(value, OffsetDateTime::parse)
        ? Stream.empty()
        : Stream.of("not a valid date-time");
  }

  private static boolean isJsonObject(String value) {
    try {
      return JSON.readTree(value).isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean parses(String value, Function<String, ?> parser) {
    try {
      parser.apply(value);
      return true;
    } catch (NumberFormatException | DateTimeParseException e) {
      return false;
    }
  }

  /** The spec path a concrete path belongs to: an exact path first, else a matching template. */
  private Optional<String> specPath(String path) {
    List<String> paths = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(paths::add);
    if (paths.contains(path)) {
      return Optional.of(path);
    }
    return paths.stream()
        .filter(template -> template.contains("{"))
        .filter(template -> Pattern.matches(templateRegex(template), path))
        .findFirst();
  }

  private static String templateRegex(String template) {
    return Arrays.stream(template.split("/", -1))
        .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
        .collect(Collectors.joining("/"));
  }

  /** Query parameters of the path item and the operation, by name, with {@code $ref}s resolved. */
  private Map<String, JsonNode> queryParameters(String path, JsonNode operation) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    Stream.concat(
            stream(root.path("paths").path(path).path("parameters")),
            stream(operation.path("parameters")))
        .map(this::resolve)
        .filter(parameter -> "query".equals(parameter.path("in").asText()))
        .forEach(parameter -> byName.put(parameter.path("name").asText(), parameter));
    return byName;
  }

  private JsonNode resolve(JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    String ref = node.path("$ref").asText();
    JsonNode target = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
    if (target == null || target.isMissingNode()) {
      throw new IllegalStateException("cannot resolve $ref " + ref);
    }
    return resolve(target);
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
