package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard against a fake that teaches the wrong API: every GET of the vendored official spec,
 * asked of a server of the default and of a shaped organisation, over a week and a month, with
 * and without filters, answers 200 with a body that validates against the spec's schema (allowing
 * only {@link LiveDrift}); every error body the server can produce has the shape of API-FACTS §9,
 * and the 401 also the spec's own 401 schema.
 */
class SpecFidelityTest {
  static final Instant NOW = Instant.parse("2026-03-18T10:30:00Z");
  private static final OpenApiSchemas SPEC = OpenApiSchemas.load();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final PortkeyTestServer DEMO = PortkeyTestServer.start(Organisation.demo().at(NOW));
  private static final PortkeyTestServer SHAPED = PortkeyTestServer.start(shaped());

  /** API-FACTS §9: {@code {success:false, data:{message, errorCode}}}. */
  private static final JsonNode ERROR_SCHEMA = read("{\"type\":\"object\",\"required\":"
      + "[\"success\",\"data\"],\"properties\":{\"success\":{\"type\":\"boolean\",\"enum\":[false]},"
      + "\"data\":{\"type\":\"object\",\"required\":[\"message\",\"errorCode\"],\"properties\":"
      + "{\"message\":{\"type\":\"string\"},\"errorCode\":{\"type\":\"string\",\"enum\":[\"AB01\","
      + "\"AB02\",\"AB03\",\"AB04\",\"AB05\",\"AB06\",\"AB07\",\"AB08\",\"AB09\"]}}}}}");

  static Organisation shaped() {
    return Organisation.demo().at(NOW)
        .plusVirtualKey(FakeKey.of("nightly", "openai").exhausted().withTrafficShare(0.01)
            .withBudget(Budget.costDollars(40).alertAt(30).monthly())
            .expiringIn(Duration.ofDays(1)))
        .plusVirtualKey(FakeKey.of("weekly-tokens", "anthropic").withTrafficShare(0.02)
            .withBudget(Budget.tokens(1).sizedToUse(97).alertAtPercent(90)
                .everyDays(7, Duration.ofDays(2))))
        .withDailySpend("gpt-4o", new BigDecimal("250"))
        .withTraffic(FakeTraffic.demo().withoutSpike());
  }

  @AfterAll
  static void stop() {
    DEMO.close();
    SHAPED.close();
  }

  static Stream<Arguments> everyGetOfTheSpec() {
    List<Arguments> cases = new ArrayList<>();
    for (String path : SPEC.getPaths()) {
      for (PortkeyTestServer server : List.of(DEMO, SHAPED)) {
        for (Map<String, String> query : queries(path)) {
          cases.add(Arguments.of(path, server, query));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1} with {2}", autoCloseArguments = false)
  @MethodSource("everyGetOfTheSpec")
  void everyAnswerValidatesAgainstTheSpec(String path, PortkeyTestServer server,
      Map<String, String> query) throws Exception {
    HttpResponse<String> response = get(server, concrete(server, path), query, server.apiKey());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(SPEC.violations(SPEC.responseSchema(path, 200), body, LiveDrift.LIVE))
        .as("%s answered %s", path, abbreviate(response.body())).isEmpty();
  }

  @Test
  void theGuardCoversEveryGetTheSdkCalls() {
    assertThat(SPEC.getPaths()).hasSize(30);
    assertThat(everyGetOfTheSpec().count()).isGreaterThanOrEqualTo(30 * 2);
  }

  @Test
  void theSchemaCheckRejectsWhatTheSpecForbids() {
    JsonNode schema = SPEC.responseSchema("/analytics/graphs/requests", 200);

    assertThat(SPEC.violations(schema, read("{\"summary\":{\"total\":\"12\"},\"data_points\":[],"
        + "\"object\":\"analytics-graph\"}"), LiveDrift.LIVE))
        .containsExactly("/summary/total: expected integer, got STRING \"12\"");
    assertThat(SPEC.violations(schema, read("{\"summary\":{\"total\":1},\"object\":\"graph\"}"),
        LiveDrift.LIVE))
        .contains(": required property data_points is missing",
            "/object: \"graph\" is not one of [\"analytics-graph\"]");
    assertThat(SPEC.violations(SPEC.responseSchema("/virtual-keys", 200),
        read("{\"object\":\"list\",\"total\":1,\"data\":[{\"status\":\"active\","
            + "\"expires_at\":\"tomorrow\"}]}"), LiveDrift.LIVE))
        .containsExactly("/data/0/expires_at: \"tomorrow\" is not an RFC 3339 date-time");
  }

  @Test
  void withoutTheLiveDriftOnlyTheDocumentedDeparturesRemain() throws Exception {
    JsonNode keys = JSON.readTree(get(DEMO, "/virtual-keys", Map.of(), DEMO.apiKey()).body());

    List<String> strict = SPEC.violations(SPEC.responseSchema("/virtual-keys", 200), keys,
        LiveDrift.NONE);

    assertThat(strict).isNotEmpty().allSatisfy(problem -> assertThat(problem)
        .matches(".*(null, but the schema is not nullable|\"(expired|suspended)\" is not one of.*)"));
  }

  static Stream<Fault> everyErrorFault() {
    return Stream.of(Fault.unauthorised(), Fault.forbidden(), Fault.notFound(),
        Fault.badRequest("time_of_generation_min must be before time_of_generation_max"),
        Fault.rateLimited(Duration.ofSeconds(2)), Fault.serverError(500), Fault.serverError(503));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyErrorFault")
  void everyErrorBodyHasTheShapeOfTheRealServer(Fault fault) throws Exception {
    try (PortkeyTestServer server = PortkeyTestServer.start()) {
      server.failNext(1, "/virtual-keys", fault);

      HttpResponse<String> response = get(server, "/virtual-keys", Map.of(), server.apiKey());

      assertThat(response.statusCode()).isEqualTo(fault.statusCode());
      JsonNode body = JSON.readTree(response.body());
      assertThat(SPEC.violations(ERROR_SCHEMA, body, LiveDrift.NONE)).isEmpty();
      if (fault.statusCode() == 401) {
        assertThat(SPEC.violations(SPEC.responseSchema("/virtual-keys", 401), body,
            LiveDrift.NONE)).isEmpty();
      }
      if (fault.statusCode() == 429) {
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
      }
    }
  }

  @Test
  void theServersOwnErrorsHaveTheSameShape() throws Exception {
    List<HttpResponse<String>> errors = List.of(
        get(DEMO, "/virtual-keys", Map.of(), "pk-wrong"),
        get(DEMO, "/virtual-keys/no-such-key", Map.of(), DEMO.apiKey()),
        get(DEMO, "/analytics/graphs/cost", Map.of("workspace_slug", "ws-prod"), DEMO.apiKey()));

    assertThat(errors).extracting(HttpResponse::statusCode).containsExactly(401, 404, 400);
    for (HttpResponse<String> error : errors) {
      assertThat(SPEC.violations(ERROR_SCHEMA, JSON.readTree(error.body()), LiveDrift.NONE))
          .isEmpty();
    }
    assertThat(SPEC.violations(SPEC.responseSchema("/virtual-keys", 401),
        JSON.readTree(errors.get(0).body()), LiveDrift.NONE)).isEmpty();
  }

  /** The queries a path is asked with: analytics over a week and a month, filtered or not. */
  private static List<Map<String, String>> queries(String path) {
    if (!path.startsWith("/analytics/")) {
      Map<String, String> paged = new LinkedHashMap<>();
      if (List.of("/admin/workspaces", "/virtual-keys", "/providers", "/api-keys")
          .contains(path)) {
        paged.put("current_page", "1");
        paged.put("page_size", "4");
      }
      return paged.isEmpty() ? List.of(Map.of()) : List.of(Map.of(), paged);
    }
    Map<String, String> week = range(7);
    Map<String, String> filtered = range(30);
    filtered.put("ai_org_model", "openai__gpt-4o,anthropic__claude-3-5-sonnet");
    filtered.put("status_code", "500,502");
    filtered.put("virtual_keys", "openai-prod,anthropic-prod");
    filtered.put("metadata", "{\"team\":\"search\"}");
    filtered.put("current_page", "0");
    filtered.put("page_size", "2");
    return List.of(week, range(30), filtered);
  }

  private static Map<String, String> range(int days) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("workspace_slug", "ws-prod");
    query.put("time_of_generation_min", NOW.minus(Duration.ofDays(days)).toString()
        .replace("Z", "+00:00"));
    query.put("time_of_generation_max", NOW.toString().replace("Z", "+00:00"));
    return query;
  }

  private static String concrete(PortkeyTestServer server, String path) {
    return path.replace("{metadataKey}", "team")
        .replace("{workspaceId}", server.organisation().defaultWorkspace())
        .replace("{slug}", server.organisation().virtualKeys().get(0).slug())
        .replace("{exportId}", server.organisation().logExports().get(0).id());
  }

  static HttpResponse<String> get(PortkeyTestServer server, String path,
      Map<String, String> query, String key) throws IOException, InterruptedException {
    StringBuilder target = new StringBuilder(server.baseUrl()).append(path.substring(1));
    String separator = "?";
    for (Map.Entry<String, String> param : query.entrySet()) {
      target.append(separator).append(param.getKey()).append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      separator = "&";
    }
    return HTTP.send(HttpRequest.newBuilder(URI.create(target.toString()))
        .header("x-portkey-api-key", key).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "..." : body;
  }
}
