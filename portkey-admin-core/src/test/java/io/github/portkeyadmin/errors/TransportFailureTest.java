package io.github.portkeyadmin.errors;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.PortkeyAdminClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** No response, or a 2xx body that cannot be read: connection and malformed-response errors. */
class TransportFailureTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private PortkeyAdminClient client(String baseUrl) {
    return PortkeyAdminClient.builder()
        .apiKey(API_KEY)
        .baseUrl(baseUrl)
        .readTimeout(java.time.Duration.ofMillis(200))
        .maxRetries(0)
        .build();
  }

  private PortkeyException listFails(PortkeyAdminClient client) {
    try (client) {
      return catchThrowableOfType(PortkeyException.class, () -> client.virtualKeys().list());
    }
  }

  @Test
  void refusedConnectionBecomesPortkeyConnectionException() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v1/").toString();
    closed.close();

    PortkeyException thrown = listFails(client(url));

    assertThat(thrown).isInstanceOf(PortkeyConnectionException.class)
        .hasMessageStartingWith("GET /v1/virtual-keys failed before a response arrived")
        .hasCauseInstanceOf(IOException.class);
    assertThat(thrown.getMessage()).doesNotContain(API_KEY);
  }

  @Test
  void serverSlowerThanTheReadTimeoutBecomesPortkeyConnectionException() {
    server.enqueue(new MockResponse.Builder(json("{\"total\":0,\"data\":[]}"))
        .headersDelay(2, TimeUnit.SECONDS)
        .build());

    PortkeyException thrown = listFails(client(server.url("/v1/").toString()));

    assertThat(thrown).isInstanceOf(PortkeyConnectionException.class)
        .hasMessageEndingWith("read timeout (200 ms) fired");
  }

  @Test
  void htmlBodyWithStatus200BecomesMalformedResponseException() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());

    PortkeyException thrown = listFails(client(server.url("/v1/").toString()));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /v1/virtual-keys returned a body that could not be read");
  }

  @Test
  void jsonCutOffMidBodyBecomesMalformedResponseException() {
    server.enqueue(json("{\"object\":\"list\",\"total\":2,\"data\":[{\"slug\":\"vk-a\""));

    assertThat(listFails(client(server.url("/v1/").toString())))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void emptyBodyWithStatus200BecomesMalformedResponseException() {
    server.enqueue(new MockResponse.Builder().code(200).build());

    assertThat(listFails(client(server.url("/v1/").toString())))
        .isInstanceOf(MalformedResponseException.class);
  }
}
