package io.github.portkeyadmin.security;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** callTimeout spans the whole call, and every timeout names itself whatever the phase. */
class WholeCallTimeoutTest {
  private static final String LIST =
      "{\"object\":\"list\",\"total\":1,\"data\":[{\"slug\":\"vk-" + "x".repeat(2000) + "\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();

  private <T extends PortkeyException> T listFails(PortkeyAdminClient.Builder builder, Class<T> type) {
    try (PortkeyAdminClient client = builder.build()) {
      return catchThrowableOfType(type, () -> client.virtualKeys().list());
    }
  }

  @Test
  void callTimeoutSpansRetriesAndTheWaitThatWouldPassItIsSkipped() {
    RecordingSleeper time = new RecordingSleeper();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder(json(503, "{\"message\":\"busy\"}"))
          .addHeader("Retry-After", "1")
          .build());
    }

    ServerException thrown = listFails(Fixtures.builder(server)
        .maxRetries(2)
        .callTimeout(Duration.ofSeconds(2))
        .sleeper(time)
        .clock(time.clock()), ServerException.class);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(thrown.attempts()).isEqualTo(2);
  }

  @Test
  void callTimeoutWhileTheBodyArrivesIsNamed() {
    server.enqueue(new MockResponse.Builder(json(LIST))
        .throttleBody(64, 100, TimeUnit.MILLISECONDS)
        .build());

    PortkeyConnectionException thrown = listFails(Fixtures.builder(server)
        .maxRetries(0)
        .callTimeout(Duration.ofMillis(400)), PortkeyConnectionException.class);

    assertThat(thrown).hasMessage("GET /v1/virtual-keys failed: call timeout (400 ms) fired");
  }

  @Test
  void readTimeoutWhileTheBodyArrivesIsNamed() {
    server.enqueue(new MockResponse.Builder(json(LIST))
        .throttleBody(1024, 1, TimeUnit.SECONDS)
        .build());

    PortkeyConnectionException thrown = listFails(Fixtures.builder(server)
        .maxRetries(0)
        .readTimeout(Duration.ofMillis(200)), PortkeyConnectionException.class);

    assertThat(thrown).hasMessage(
        "GET /v1/virtual-keys failed while the body was arriving: read timeout (200 ms) fired");
  }

  @Test
  void callTimeoutBeforeTheHeadersIsNamed() {
    server.enqueue(new MockResponse.Builder(json(LIST)).headersDelay(2, TimeUnit.SECONDS).build());

    assertThat(listFails(Fixtures.builder(server).callTimeout(Duration.ofMillis(300)),
        PortkeyConnectionException.class))
        .hasMessage("GET /v1/virtual-keys failed: call timeout (300 ms) fired");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
