package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** client.withOptions(...): per-call retries, timeout and headers on the client's own pool. */
class CallOptionsTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private PortkeyAdminClient client;

  @BeforeEach
  void open() {
    client = Fixtures.builder(server)
        .maxRetries(2)
        .sleeper(sleeper)
        .defaultHeader("x-team", "finops")
        .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void maxRetriesZeroMakesOneAttemptWhereTheClientWouldRetry() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(0)).logExports().list())
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void moreRetriesThanTheClientAllows() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    server.enqueue(json(LIST));

    client.withOptions(o -> o.maxRetries(4)).logExports().list();

    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aShorterCallTimeoutAppliesToTheViewOnly() {
    server.enqueue(json(LIST).newBuilder().headersDelay(3, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> client.withOptions(
            o -> o.maxRetries(0).callTimeout(Duration.ofMillis(200))).logExports().list())
        .isInstanceOf(PortkeyConnectionException.class)
        .hasMessageContaining("call timeout (200 ms) fired");
  }

  @Test
  void headersAreAddedToTheClientsDefaultsAndTheKeyStays() throws Exception {
    server.enqueue(json(LIST));
    server.enqueue(json(LIST));

    client.withOptions(o -> o.header("x-trace", "t-1").header("X-Team", "ops")).logExports().list();
    client.logExports().list();

    RecordedRequest viewed = server.takeRequest();
    assertThat(viewed.getHeaders().get("x-trace")).isEqualTo("t-1");
    assertThat(viewed.getHeaders().values("x-team")).containsExactly("ops");
    assertThat(viewed.getHeaders().get("x-portkey-api-key")).isEqualTo(API_KEY);
    RecordedRequest plain = server.takeRequest();
    assertThat(plain.getHeaders().get("x-trace")).isNull();
    assertThat(plain.getHeaders().get("x-team")).isEqualTo("finops");
  }

  @Test
  void theViewReusesTheClientsPooledConnection() throws Exception {
    server.enqueue(json(LIST));
    server.enqueue(json(LIST));
    server.enqueue(json(LIST));

    client.logExports().list();
    client.withOptions(o -> o.maxRetries(0)).logExports().list();
    client.withOptions(o -> o.callTimeout(Duration.ofSeconds(5)).header("x-a", "b"))
        .logExports().list();

    assertThat(server.takeRequest().getConnectionIndex()).isZero();
    assertThat(server.takeRequest().getConnectionIndex()).isZero();
    assertThat(server.takeRequest().getConnectionIndex()).isZero();
  }

  @Test
  void optionsOfAViewOfAViewAreMergedTheLaterWinning() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());

    PortkeyAdminClient view = client.withOptions(o -> o.maxRetries(3).header("x-a", "1"))
        .withOptions(o -> o.maxRetries(0).header("x-b", "2"));
    assertThatThrownBy(() -> view.logExports().list()).isInstanceOf(ServerException.class);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("x-a")).isEqualTo("1");
    assertThat(request.getHeaders().get("x-b")).isEqualTo("2");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(view.toString()).contains("maxRetries=OptionalInt[0]").doesNotContain(API_KEY);
  }

  @Test
  void closingAViewLeavesTheClientOpen() {
    server.enqueue(json(LIST));

    client.withOptions(CallOptions.none()).close();

    assertThat(client.logExports().listAsync().join()).isEmpty();
  }

  @Test
  void closingTheClientClosesItsViews() {
    PortkeyAdminClient view = client.withOptions(o -> o.maxRetries(0).header("x-a", "b"));

    client.close();

    assertThatThrownBy(() -> view.logExports().list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the client is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void invalidOptionsAreRefusedAtOnce() {
    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(11)))
        .hasMessage("maxRetries must be 0 (no retries) to 10, got 11");
    assertThatThrownBy(() -> client.withOptions(o -> o.callTimeout(Duration.ofSeconds(-1))))
        .hasMessageStartingWith("callTimeout must be >= 0");
    assertThatThrownBy(() -> client.withOptions(o -> o.header("x-portkey-api-key", "pk-x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header may not set x-portkey-api-key");
    assertThatThrownBy(() -> client.withOptions(o -> o.header("User-Agent", "x")))
        .hasMessageContaining("userAgentSuffix");
    assertThat(server.getRequestCount()).isZero();
  }
}
