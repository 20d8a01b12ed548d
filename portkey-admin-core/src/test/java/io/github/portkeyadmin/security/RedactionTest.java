package io.github.portkeyadmin.security;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Nothing the SDK emits carries the key, a signed URL's credentials, or a whole echoed id. */
class RedactionTest {
  private static final String SIGNED_URL = "https://exports.s3.amazonaws.com/ws/logs.jsonl"
      + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20261201"
      + "&X-Amz-Expires=3600&X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015";

  @StartStop final MockWebServer server = new MockWebServer();

  private <T extends PortkeyApiException> T listFails(Class<T> type) {
    try (PortkeyAdminClient client = Fixtures.client(server)) {
      return catchThrowableOfType(type, () -> client.virtualKeys().list());
    }
  }

  private static void assertClean(PortkeyApiException thrown) {
    String everything = thrown + " " + thrown.error() + " " + thrown.requestId();
    assertThat(everything).doesNotContain(API_KEY).doesNotContain("X-Amz-Signature")
        .doesNotContain("9f86d081884c7d659a2feaa0c55ad015").doesNotContain("AKIAEXAMPLE");
  }

  @Test
  void keyEchoedInTheRequestIdIsRedacted() {
    server.enqueue(new MockResponse.Builder(json(500, "{\"message\":\"boom\"}"))
        .addHeader("x-portkey-request-id", "rid-" + API_KEY + "-7")
        .build());

    ServerException thrown = listFails(ServerException.class);

    assertThat(thrown.requestId()).contains("rid-[redacted]-7");
    assertThat(thrown).hasMessageContaining("[request id rid-[redacted]-7]");
    assertClean(thrown);
  }

  @Test
  void signedUrlInAnErrorBodyLosesItsQuery() {
    server.enqueue(json(503, "{\"message\":\"export not ready, retry " + SIGNED_URL + " later\"}"));

    ServerException thrown = listFails(ServerException.class);

    assertThat(thrown.apiMessage()).isEqualTo(
        "export not ready, retry https://exports.s3.amazonaws.com/ws/logs.jsonl?[redacted] later");
    assertThat(thrown.error().bodyExcerpt())
        .contains("https://exports.s3.amazonaws.com/ws/logs.jsonl?[redacted]");
    assertClean(thrown);
  }

  @Test
  void jsonEscapedSignedUrlAndKeyInAnyPositionAreRedacted() {
    String escaped = SIGNED_URL.replace("/", "\\/").replace("&", "\\u0026");
    server.enqueue(json(400, "{\"error\":{\"message\":\"" + API_KEY.substring(3) + API_KEY
        + " at " + escaped + "\"}}"));

    PortkeyApiException thrown = listFails(PortkeyApiException.class);

    assertClean(thrown);
    assertThat(thrown.error().bodyExcerpt()).contains("[redacted]");
  }

  @Test
  void plainUrlsKeepTheirQuery() {
    server.enqueue(json(404, "{\"message\":\"see https://portkey.ai/docs?page=errors\"}"));

    assertThat(listFails(PortkeyApiException.class).apiMessage())
        .isEqualTo("see https://portkey.ai/docs?page=errors");
  }

  @Test
  void headerLoggingRedactsResponseHeadersThatEchoTheKey() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(new MockResponse.Builder(json("{\"object\":\"list\",\"total\":0,\"data\":[]}"))
        .addHeader("x-echo-key", API_KEY)
        .addHeader("x-portkey-request-id", "rid-" + API_KEY)
        .addHeader("Link", "<" + SIGNED_URL + ">; rel=download")
        .build());

    try (PortkeyAdminClient client =
        Fixtures.builder(server).httpLogging(HttpLogLevel.HEADERS, lines::add).build()) {
      client.virtualKeys().list();
    }

    assertThat(lines).contains("x-echo-key: [redacted]");
    assertThat(String.join("\n", lines)).doesNotContain(API_KEY)
        .doesNotContain("9f86d081884c7d659a2feaa0c55ad015");
  }

  @Test
  void hundredThousandCharacterIdIsCutInThe414Message() {
    String id = "v".repeat(100_000);
    server.enqueue(json(414, "{\"message\":\"URI Too Long\"}"));

    PortkeyApiException thrown;
    try (PortkeyAdminClient client = Fixtures.client(server)) {
      thrown = catchThrowableOfType(PortkeyApiException.class, () -> client.virtualKeys().get(id));
    }

    assertThat(thrown.statusCode()).isEqualTo(414);
    assertThat(thrown.getMessage()).hasSizeLessThan(400)
        .startsWith("GET /v1/virtual-keys/vvvv")
        .contains("...(100017 chars) failed with HTTP 414");
    assertThat(thrown.error().endpoint()).hasSizeLessThan(250);
  }
}
