package io.github.portkeyadmin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test with a mock Portkey server and a real client pointed at it (retries off, see {@link
 * Fixtures#client}), closed after each test.
 */
public abstract class ClientTest {
  @StartStop protected final MockWebServer server = new MockWebServer();
  protected PortkeyAdminClient client;

  @BeforeEach
  void startClient() {
    client = Fixtures.client(server);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /** Serves a fixture beside the test class as a 200 JSON answer. */
  protected void serve(String fixture) {
    server.enqueue(Fixtures.json(Fixtures.read(getClass(), fixture)));
  }

  /** The next request, checked to be a GET carrying the key. */
  protected RecordedRequest takeGetWithKey() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeaders().get("x-portkey-api-key")).isEqualTo(Fixtures.API_KEY);
    return request;
  }

  /** The call fails with a message naming the parameter, and nothing reached the server. */
  protected void assertRejectedBeforeSending(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageFindingMatch("\\b" + parameter + "\\b");
    assertThat(server.getRequestCount()).isZero();
  }

  /** The only request made, checked to be a GET carrying the key. */
  protected RecordedRequest onlyRequest() throws InterruptedException {
    RecordedRequest request = takeGetWithKey();
    assertThat(server.getRequestCount()).isEqualTo(1);
    return request;
  }
}
