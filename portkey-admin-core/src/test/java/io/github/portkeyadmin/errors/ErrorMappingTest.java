package io.github.portkeyadmin.errors;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static io.github.portkeyadmin.support.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.analytics.AnalyticsQuery;
import io.github.portkeyadmin.analytics.TimeRange;
import io.github.portkeyadmin.support.ClientTest;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status, every error body shape, and the key never leaking, through the real stack. */
class ErrorMappingTest extends ClientTest {
  private PortkeyApiException costFails() {
    return catchThrowableOfType(PortkeyApiException.class, () -> client.analytics().cost(
        AnalyticsQuery.builder().workspaceSlug("ws-prod").timeRange(TimeRange.lastDays(1)).build()));
  }

  private PortkeyApiException workspacesFail() {
    return catchThrowableOfType(PortkeyApiException.class, () -> client.workspaces().list());
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
      "400, BadRequestException",
      "401, InvalidApiKeyException",
      "402, PortkeyApiException",
      "403, WorkspaceScopedKeyException",
      "404, NotFoundException",
      "409, PortkeyApiException",
      "429, RateLimitException",
      "500, ServerException",
      "502, ServerException",
      "503, ServerException",
      "504, ServerException"})
  void statusMapsToTheExceptionNamedForIt(int status, String exception) {
    server.enqueue(json(status, "{\"success\":false,\"data\":{\"message\":\"nope\"}}"));

    PortkeyApiException thrown = costFails();

    assertThat(thrown.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(thrown.statusCode()).isEqualTo(status);
    assertThat(thrown.apiMessage()).isEqualTo("nope");
    assertThat(thrown).hasMessageStartingWith(
        "GET /v1/analytics/graphs/cost failed with HTTP " + status + ": nope");
  }

  @Test
  void forbiddenWithAB03BecomesWorkspaceScopedKeyExceptionThatSaysWhichKeyIsNeeded() {
    server.enqueue(new MockResponse.Builder(json(403, read(getClass(), "ab03-forbidden.json")))
        .addHeader("x-portkey-request-id", "req-8f1c")
        .build());

    PortkeyApiException thrown = costFails();

    assertThat(thrown).isInstanceOf(WorkspaceScopedKeyException.class);
    assertThat(thrown.errorCode()).contains("AB03");
    assertThat(thrown.requestId()).contains("req-8f1c");
    assertThat(thrown.apiMessage())
        .isEqualTo("You do not have enough permissions to perform this action.");
    assertThat(((WorkspaceScopedKeyException) thrown).requiredScope()).contains("analytics.view");
    assertThat(thrown).hasMessageContaining("(AB03)")
        .hasMessageContaining("[request id req-8f1c]")
        .hasMessageContaining("organisation Admin API key")
        .hasMessageContaining("analytics.view scope");
  }

  @Test
  void forbiddenOnWorkspacesNamesTheWorkspacesScope() {
    server.enqueue(json(403, read(getClass(), "ab03-forbidden.json")));

    WorkspaceScopedKeyException thrown = (WorkspaceScopedKeyException) workspacesFail();

    assertThat(thrown.requiredScope()).contains("workspaces.list");
    assertThat(thrown).hasMessageContaining("workspaces.list scope");
  }

  @Test
  void unauthorisedBodyWithoutErrorCodeStillBecomesInvalidApiKeyException() {
    server.enqueue(json(401, read(getClass(), "unauthorised-no-code.json")));

    PortkeyApiException thrown = workspacesFail();

    assertThat(thrown).isInstanceOf(InvalidApiKeyException.class)
        .hasMessageContaining("Unauthorised Request")
        .hasMessageContaining("PORTKEY_API_KEY");
    assertThat(thrown.errorCode()).isEmpty();
    assertThat(thrown.requestId()).isEmpty();
  }

  @Test
  void gatewayErrorObjectShapeIsRead() {
    server.enqueue(json(429, read(getClass(), "gateway-error-object.json")));

    PortkeyApiException thrown = costFails();

    assertThat(thrown).isInstanceOf(RateLimitException.class);
    assertThat(thrown.errorCode()).contains("AB06");
    assertThat(thrown.apiMessage()).isEqualTo("Rate limit exceeded for this organisation");
  }

  @Test
  void bareMessageAndStringErrorShapesAreRead() {
    server.enqueue(json(404, "{\"message\":\"Workspace not found\",\"errorCode\":\"AB08\"}"));
    server.enqueue(json(400, "{\"error\":\"time_of_generation_min is required\"}"));

    PortkeyApiException notFound = workspacesFail();
    PortkeyApiException badRequest = workspacesFail();

    assertThat(notFound).isInstanceOf(NotFoundException.class);
    assertThat(notFound.errorCode()).contains("AB08");
    assertThat(notFound.apiMessage()).isEqualTo("Workspace not found");
    assertThat(badRequest).isInstanceOf(BadRequestException.class);
    assertThat(badRequest.apiMessage()).isEqualTo("time_of_generation_min is required");
  }

  @Test
  void nonPortkeyCodeInGatewayShapeIsNotTakenForAnErrorCode() {
    server.enqueue(json(400, "{\"error\":{\"message\":\"bad\",\"code\":\"invalid_request\"}}"));

    assertThat(workspacesFail().errorCode()).isEmpty();
  }

  @Test
  void htmlProxyPageStillYieldsTheTypedExceptionWithAnExcerpt() {
    server.enqueue(new MockResponse.Builder()
        .code(502)
        .addHeader("Content-Type", "text/html")
        .body(read(getClass(), "bad-gateway.html"))
        .build());

    PortkeyApiException thrown = costFails();

    assertThat(thrown).isInstanceOf(ServerException.class);
    assertThat(thrown.errorCode()).isEmpty();
    assertThat(thrown.apiMessage()).isNotBlank();
    assertThat(thrown.error().bodyExcerpt())
        .startsWith("<html> <head><title>502 Bad Gateway</title></head>");
  }

  @Test
  void longBodyExcerptIsCappedAt200Characters() {
    server.enqueue(json(500, "x".repeat(5_000)));

    assertThat(costFails().error().bodyExcerpt()).hasSize(203).endsWith("...");
  }

  @Test
  void emptyErrorBodyFallsBackToTheReasonPhrase() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    PortkeyApiException thrown = costFails();

    assertThat(thrown).isInstanceOf(ServerException.class);
    assertThat(thrown.apiMessage()).isNotBlank();
    assertThat(thrown.error().bodyExcerpt()).isEmpty();
  }

  @Test
  void rateLimitCarriesRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder(json(429, read(getClass(), "gateway-error-object.json")))
        .addHeader("Retry-After", "7")
        .build());

    RateLimitException thrown = (RateLimitException) costFails();

    assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(thrown).hasMessageContaining("retry after 7 s");
  }

  @Test
  void rateLimitWithoutRetryAfterSaysToSlowDown() {
    server.enqueue(json(429, "{}"));

    RateLimitException thrown = (RateLimitException) costFails();

    assertThat(thrown.retryAfter()).isEmpty();
    assertThat(thrown).hasMessageContaining("slow down");
  }

  @Test
  void keyEchoedByTheServerIsRedactedFromMessageAndExcerpt() {
    server.enqueue(json(401, "{\"data\":{\"message\":\"invalid key " + API_KEY + "\"}}"));

    PortkeyApiException thrown = workspacesFail();

    assertThat(thrown.getMessage()).doesNotContain(API_KEY).contains("invalid key [redacted]");
    assertThat(thrown.error().bodyExcerpt()).doesNotContain(API_KEY);
    assertThat(thrown.error().toString()).doesNotContain(API_KEY);
  }
}
