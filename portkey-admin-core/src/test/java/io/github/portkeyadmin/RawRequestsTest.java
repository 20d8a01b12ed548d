package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw escape hatch: any read-only path below the base URL, same auth and errors. */
class RawRequestsTest extends ClientTest {
  private static final AnalyticsQuery QUERY = AnalyticsQuery.builder()
      .workspaceSlug("ws-prod")
      .timeRange(TimeRange.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z")))
      .build();

  @Test
  void getSendsThePathBelowTheBaseUrlWithTheKey() throws Exception {
    server.enqueue(json("{\"slug\":\"openai-prod\"}"));

    JsonNode body = client.raw().get("providers/openai-prod");

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/providers/openai-prod");
    assertThat(body.path("slug").asText()).isEqualTo("openai-prod");
  }

  @Test
  void getWithAQuerySendsItsParametersAndPaging() throws Exception {
    server.enqueue(json("{\"object\":\"list\",\"total\":1,\"data\":[{\"workspace\":\"ws-a\"}]}"));

    JsonNode body = client.raw().get("analytics/groups/workspaces",
        AnalyticsQuery.builder().from(QUERY).pageSize(5).build());

    assertThat(onlyRequest().getTarget()).isEqualTo("/v1/analytics/groups/workspaces"
        + "?workspace_slug=ws-prod"
        + "&time_of_generation_min=2026-02-01T00%3A00%3A00%2B00%3A00"
        + "&time_of_generation_max=2026-02-02T00%3A00%3A00%2B00%3A00"
        + "&current_page=0&page_size=5");
    assertThat(body.path("data").get(0).path("workspace").asText()).isEqualTo("ws-a");
  }

  @Test
  void graphQueryWithoutPagingSendsNoPagingParameters() throws Exception {
    server.enqueue(json("{}"));

    client.raw().get("analytics/graphs/users-requests", QUERY);

    assertThat(onlyRequest().getUrl().queryParameterNames())
        .containsExactly("workspace_slug", "time_of_generation_min", "time_of_generation_max");
  }

  @Test
  void errorsMapAsForEveryCall() {
    server.enqueue(json(403, "{\"success\":false,\"data\":{\"message\":\"no\",\"errorCode\":\"AB03\"}}"));

    assertThatThrownBy(() -> client.raw().get("analytics/groups/workspaces", QUERY))
        .isInstanceOf(WorkspaceScopedKeyException.class)
        .hasMessageContaining("analytics.view");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"https://evil.example/steal", "//evil.example/x", "/v1/providers",
      "../admin", "providers/../../x", "providers/./x", "providers?x=1", "providers#x",
      "a b", "http:providers"})
  void pathsThatCouldLeaveTheBaseUrlAreRefusedBeforeAnyRequest(String path) {
    assertThatThrownBy(() -> client.raw().get(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be relative to the base URL");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "\"{0}\" is refused as a dot segment")
  @ValueSource(strings = {"%2e%2e/%2e%2e/x", "providers/%2E%2E/admin", "a/.%2e/b", "a/%2E./b",
      "a/%2e/b", "%2e", "x/..", "x/./", "a/%252e%252e/b", "a/%25252E./b"})
  void dotSegmentsInAnySpellingAreRefusedBeforeAnyRequest(String path) {
    assertThatThrownBy(() -> client.raw().get(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be relative to the base URL")
        .hasMessageContaining("has a dot segment");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "\"{0}\" is refused as an encoded slash")
  @ValueSource(strings = {"providers%2fx", "a/b%2F..%2Fc", "a%5cb", "a/%5C", "a/%252f"})
  void encodedSlashesOrBackslashesAreRefusedBeforeAnyRequest(String path) {
    assertThatThrownBy(() -> client.raw().get(path, QUERY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has an encoded slash or backslash (%2F, %5C)");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "\"{0}\" is refused for its backslash")
  @ValueSource(strings = {"a\\b", "..\\x", "providers\\"})
  void backslashesAreRefusedBeforeAnyRequest(String path) {
    assertThatThrownBy(() -> client.raw().getAsync(path, QUERY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a backslash");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "\"{0}\" is sent as {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "providers/openai-prod, /v1/providers/openai-prod",
      "providers/my%20key, /v1/providers/my%20key",
      "analytics/groups/metadata/team%3Aa, /v1/analytics/groups/metadata/team%3Aa",
      "files/v1.2/.well-known, /v1/files/v1.2/.well-known",
      "a/...b/c.., /v1/a/...b/c..",
      "providers/, /v1/providers/",
      "a/100%25, /v1/a/100%25"})
  void legitimatePathsStillReachTheServerBelowTheBaseUrl(String path, String target)
      throws Exception {
    server.enqueue(json("{}"));

    client.raw().get(path);

    assertThat(onlyRequest().getTarget()).isEqualTo(target);
  }

  @Test
  void longRefusedPathsAreCutInTheMessage() {
    String path = "a/".repeat(100) + "%2e%2e";

    assertThatThrownBy(() -> client.raw().get(path))
        .hasMessageContaining("\"" + "a/".repeat(30) + "...\"")
        .hasMessageContaining("segment 101 reads as ..");
  }

  @Test
  void blankPathIsRefused() {
    assertThatThrownBy(() -> client.raw().getAsync(" ", QUERY))
        .hasMessageStartingWith("path must not be blank");
  }

  @Test
  void getAsyncReturnsTheSameTree() {
    server.enqueue(json("{\"total\":7}"));

    assertThat(client.raw().getAsync("analytics/groups/workspaces", QUERY).join().path("total").asInt())
        .isEqualTo(7);
  }
}
