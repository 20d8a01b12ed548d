package io.github.portkeyadmin.mcp;

import static io.github.portkeyadmin.mcp.InProcessSession.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every failure is an isError result that says what happened and what to do, never a protocol
 * error; invalid arguments are refused before anything is sent.
 */
class ToolErrorTest extends SessionTest {
  ToolErrorTest() {
    super(3, Optional.empty());
  }

  @Test
  void anInvertedRangeIsRefusedBeforeSending() {
    String text = refused("get_cost_analytics", Map.of("workspace_slug", "ws-prod-1a2b3c",
        "time_of_generation_min", "2026-02-23T14:20:31+05:30",
        "time_of_generation_max", "2026-02-22T14:20:31+05:30"));
    assertThat(text).contains("Invalid argument").contains("must be before its end")
        .contains("Nothing was sent to Portkey");
  }

  @Test
  void twoRangesAtOnceAndAHalfOpenRangeAreRefused() {
    assertThat(refused("get_request_analytics", Map.of("workspace_slug", "w", "last_days", 3,
        "last_hours", 4))).contains("give one time range");
    assertThat(refused("get_request_analytics", Map.of("workspace_slug", "w",
        "time_of_generation_min", "2026-02-23T14:20:31Z"))).contains("go together");
    assertThat(refused("get_request_analytics", Map.of("workspace_slug", "w",
        "time_of_generation_min", "yesterday", "time_of_generation_max", "today")))
        .contains("time_of_generation_min");
  }

  @Test
  void aMissingWorkspaceSaysWhereToFindOne() {
    assertThat(refused("detect_usage_spikes", Map.of())).contains("workspace_slug is missing")
        .contains("list_workspaces").contains("PORTKEY_WORKSPACE_SLUG");
  }

  @Test
  void schemaViolationsAndUnknownArgumentsAreRefusedNamingTheArgument() {
    assertThat(refused("get_cost_analytics", Map.of("workspace_slug", "w", "last_days", 0)))
        .contains("last_days");
    assertThat(refused("list_virtual_keys", Map.of("max_item", 5))).contains("max_item");
    assertThat(refused("get_cost_analytics", Map.of("workspace_slug", "w",
        "status_codes", "[200, 700]"))).contains("status_code");
    assertThat(refused("get_cost_analytics", Map.of("workspace_slug", "w",
        "models", "[\"gpt-4o\"]"))).contains("provider__model");
  }

  @Test
  void arraysObjectsAndNumbersSentAsJsonStringsAreAccepted() {
    CallToolResult result = session.call("get_cost_analytics", Map.of(
        "workspace_slug", "ws-prod-1a2b3c", "last_days", "7",
        "models", "[\"openai__gpt-4o\"]", "status_codes", "[200,429]",
        "metadata", "{\"team\":\"search\"}", "cost_min_cents", "0.5"));
    assertThat(result.isError()).as(() -> text(result)).isFalse();
    HttpUrl url = session.fake.requests().get(0).getUrl();
    assertThat(url.queryParameter("ai_org_model")).isEqualTo("openai__gpt-4o");
    assertThat(url.queryParameter("status_code")).isEqualTo("200,429");
    assertThat(url.queryParameter("metadata")).isEqualTo("{\"team\":\"search\"}");
    assertThat(url.queryParameter("cost_min")).isEqualTo("0.5");
  }

  @Test
  void unauthorizedSaysTheKeyWasRejected() {
    session.fake.failNext(FakePortkey.error(401, "AB05", "Unauthorised Request"));
    assertThat(failed("list_workspaces")).contains("HTTP 401").contains("AB05")
        .contains("set PORTKEY_API_KEY");
  }

  @Test
  void forbiddenAb03SaysAnOrganisationAdminKeyIsNeeded() {
    session.fake.failNext(FakePortkey.error(403, "AB03", "You do not have enough permissions"));
    assertThat(failed("list_workspaces")).contains("HTTP 403").contains("AB03")
        .contains("needs an organisation Admin API key").contains("workspaces.list");
  }

  @Test
  void rateLimitedWithALongRetryAfterSaysHowLongToWait() {
    session.fake.failNext(new MockResponse.Builder().code(429).addHeader("Retry-After", "120")
        .addHeader("Content-Type", "application/json")
        .body("{\"success\":false,\"data\":{\"message\":\"Too many requests\","
            + "\"errorCode\":\"AB06\"}}").build());
    assertThat(failed("list_virtual_keys")).contains("HTTP 429").contains("AB06")
        .contains("wait 120 s");
  }

  @Test
  void aServiceUnavailableAnswerIsRetriedAndTheCallSucceeds() {
    session.fake.failNext(FakePortkey.error(503, "AB04", "upstream unavailable"));
    CallToolResult result = session.call("list_workspaces", Map.of());
    assertThat(result.isError()).as(() -> text(result)).isFalse();
    assertThat(session.fake.requests()).hasSize(2);
  }

  @Test
  void repeatedServerErrorsSayTheRetriesDidNotHelp() {
    MockResponse unavailable = FakePortkey.error(503, "AB04", "upstream unavailable");
    session.fake.failNext(unavailable, unavailable, unavailable);
    assertThat(failed("list_workspaces")).contains("HTTP 503").contains("after 3 attempts")
        .contains("safe to call again");
  }

  @Test
  void aMalformedBodyIsReportedNotHung() {
    session.fake.failNext(FakePortkey.json(200, "{\"object\":\"list\",\"data\":[{\"slug\":"));
    assertThat(failed("list_virtual_keys")).contains("could not be read")
        .contains("PORTKEY_BASE_URL");
  }

  @Test
  void anEchoedKeyNeverReachesTheResult() {
    session.fake.failNext(FakePortkey.error(400, "AB01", "bad key " + FakePortkey.API_KEY));
    String text = failed("list_workspaces");
    assertThat(text).contains("HTTP 400").doesNotContain(FakePortkey.API_KEY);
  }

  @Test
  void aBadBaseUrlIsReportedAsTheServersConfigurationNotTheArguments() throws Exception {
    ToolContext context = new ToolContext(() -> PortkeyAdminClient.builder()
        .apiKey(FakePortkey.API_KEY).baseUrl("not a url").build(),
        Clock.systemUTC(), Optional.empty(), false, null);
    String text = Failures.describe(
        catchRuntimeException(context::client));
    assertThat(text).startsWith("The server is misconfigured").contains("PORTKEY_BASE_URL")
        .contains("restart");
  }

  private String refused(String tool, Map<String, Object> arguments) {
    CallToolResult result = session.call(tool, arguments);
    assertThat(result.isError()).isTrue();
    assertThat(session.fake.requests()).isEmpty();
    return text(result);
  }

  private String failed(String tool) {
    CallToolResult result = session.call(tool, Map.of());
    assertThat(result.isError()).isTrue();
    assertThat(result.structuredContent()).isNull();
    return text(result);
  }
}
