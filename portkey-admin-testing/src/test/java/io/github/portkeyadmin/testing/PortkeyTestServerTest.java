package io.github.portkeyadmin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PortkeyTestServerTest {
  private final PortkeyTestServer server =
      PortkeyTestServer.start(Organisation.demo().at(Instant.parse("2026-03-18T10:30:00Z")));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesTheDefaultOrganisationOnLoopbackToItsReadyClient() {
    assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1/");
    assertThat(server.client().virtualKeys().list(0, 50).total()).isEqualTo(12);
    assertThat(server.client()).isSameAs(server.client());
  }

  @Test
  void aWrongKeyGetsTheUnauthorisedAnswerOfTheRealServer() {
    try (PortkeyAdminClient wrong = server.clientBuilder().apiKey("pk-wrong").build()) {
      assertThatThrownBy(() -> wrong.virtualKeys().list(0, 5))
          .isInstanceOf(InvalidApiKeyException.class)
          .hasMessageContaining("AB05")
          .hasMessageNotContaining("pk-wrong");
    }
  }

  @Test
  void answersUnknownPathsAndOtherMethodsLikePortkey() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
            URI.create(server.baseUrl() + "analytics/graphs/nonsense"))
        .header("x-portkey-api-key", server.apiKey()).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(
            URI.create(server.baseUrl() + "virtual-keys"))
        .header("x-portkey-api-key", server.apiKey())
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"errorCode\":\"AB08\"");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(server.requestCount()).isEqualTo(2);
  }
}
