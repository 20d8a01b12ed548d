package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portkeyadmin.errors.BadRequestException;
import io.github.portkeyadmin.errors.InvalidApiKeyException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.PortkeyInterruptedException;
import io.github.portkeyadmin.errors.RateLimitException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.errors.WorkspaceScopedKeyException;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.RecordingSleeper;
import io.github.portkeyadmin.virtualkeys.VirtualKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fault suite: one test per failure the retry policy must handle, with no real sleeping. */
class RetryFaultTest {
  private static final String ONE_KEY =
      "{\"object\":\"list\",\"total\":1,\"data\":[{\"slug\":\"vk-ok\",\"status\":\"active\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper time = new RecordingSleeper();
  private PortkeyAdminClient client;

  @BeforeEach
  void setUp() {
    client = clientWith(Fixtures.builder(server));
  }

  private PortkeyAdminClient clientWith(PortkeyAdminClient.Builder builder) {
    return builder.sleeper(time).clock(time.clock()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private VirtualKey firstKey() {
    return client.virtualKeys().list().items().get(0);
  }

  private <T extends PortkeyException> T listFails(Class<T> type) {
    return catchThrowableOfType(type, () -> client.virtualKeys().list());
  }

  private static MockResponse status(int code) {
    return json(code, "{\"success\":false,\"data\":{\"message\":\"status " + code + "\"}}");
  }

  @Test
  void rateLimitedThenOkSucceedsAfterOneBackoff() {
    server.enqueue(status(429));
    server.enqueue(json(ONE_KEY));

    assertThat(firstKey().slug()).isEqualTo("vk-ok");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.waits()).singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
  }

  @Test
  void retryAfterSecondsIsWaitedExactly() {
    server.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "3").build());
    server.enqueue(json(ONE_KEY));

    firstKey();

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterHttpDateIsWaitedRelativeToTheClock() {
    server.enqueue(new MockResponse.Builder(status(503))
        .addHeader("Retry-After", "Sun, 29 Nov 2026 10:00:05 GMT")
        .build());
    server.enqueue(json(ONE_KEY));

    firstKey();

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterMillisecondsIsPreferred() {
    server.enqueue(new MockResponse.Builder(status(429))
        .addHeader("retry-after-ms", "750")
        .addHeader("Retry-After", "9")
        .build());
    server.enqueue(json(ONE_KEY));

    firstKey();

    assertThat(time.waits()).containsExactly(Duration.ofMillis(750));
  }

  @Test
  void retryAfterPastTheCapFailsAtOnceWithTheRequestedWait() {
    server.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "120").build());

    RateLimitException thrown = listFails(RateLimitException.class);

    assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown).hasMessageContaining("retry after 120 s");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void maxRetryWaitRaisesTheCap() {
    client.close();
    client = clientWith(Fixtures.builder(server)
        .maxRetryWait(Duration.ofMinutes(5))
        .callTimeout(Duration.ofMinutes(10)));
    server.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "120").build());
    server.enqueue(json(ONE_KEY));

    firstKey();

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(120));
  }

  @Test
  void twoServiceUnavailableThenOkBacksOffExponentially() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(json(ONE_KEY));

    assertThat(firstKey().slug()).isEqualTo("vk-ok");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.waits()).hasSize(2);
    assertThat(time.waits().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(time.waits().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void serverErrorEveryTimeMakesExactlyMaxRetriesPlusOneRequests() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(500));
    }

    ServerException thrown = listFails(ServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown.error().attempts()).isEqualTo(3);
    assertThat(thrown).hasMessageStartingWith(
        "GET /v1/virtual-keys failed with HTTP 500 after 3 attempts: status 500");
  }

  @Test
  void maxRetriesZeroTurnsRetryingOff() {
    client.close();
    client = clientWith(Fixtures.builder(server).maxRetries(0));
    server.enqueue(status(502));

    assertThat(listFails(ServerException.class).attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionDroppedBeforeTheResponseIsRetried() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    server.enqueue(json(ONE_KEY));

    assertThat(firstKey().slug()).isEqualTo("vk-ok");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void connectionDroppedEveryTimeFailsAsConnectionErrorNamingTheAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build());
    }

    PortkeyConnectionException thrown = listFails(PortkeyConnectionException.class);

    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown).hasMessageContaining("failed before a response arrived after 3 attempts");
  }

  @Test
  void bodyCutOffMidJsonIsMalformedAndNotRetried() {
    server.enqueue(new MockResponse.Builder()
        .body(ONE_KEY.substring(0, 40))
        .setHeader("Content-Length", ONE_KEY.length())
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
        .build());

    MalformedResponseException thrown = listFails(MalformedResponseException.class);

    assertThat(thrown).hasMessageContaining("the response body was cut off");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlBadGatewayPageIsRetried() {
    server.enqueue(new MockResponse.Builder()
        .code(502)
        .addHeader("Content-Type", "text/html")
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
        .build());
    server.enqueue(json(ONE_KEY));

    assertThat(firstKey().slug()).isEqualTo("vk-ok");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void serverSlowerThanTheReadTimeoutIsRetriedThenNamesTheTimeout() {
    client.close();
    client = clientWith(Fixtures.builder(server).readTimeout(Duration.ofMillis(100)).maxRetries(1));
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder(json(ONE_KEY))
          .headersDelay(1, TimeUnit.SECONDS)
          .build());
    }

    PortkeyConnectionException thrown = listFails(PortkeyConnectionException.class);

    assertThat(thrown.attempts()).isEqualTo(2);
    assertThat(thrown).hasMessageEndingWith("read timeout (100 ms) fired");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void wholeCallTimeoutIsNamedWithItsValue() {
    client.close();
    client = clientWith(Fixtures.builder(server).callTimeout(Duration.ofMillis(150)).maxRetries(0));
    server.enqueue(new MockResponse.Builder(json(ONE_KEY)).headersDelay(1, TimeUnit.SECONDS).build());

    assertThat(listFails(PortkeyConnectionException.class))
        .hasMessageEndingWith("call timeout (150 ms) fired");
  }

  @ParameterizedTest(name = "HTTP {0} is not retried")
  @ValueSource(ints = {400, 401, 403, 404, 409})
  void clientErrorsAreNeverRetried(int code) {
    server.enqueue(status(code));
    server.enqueue(json(ONE_KEY));

    PortkeyException thrown = listFails(PortkeyException.class);

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
    if (code == 401) {
      assertThat(thrown).isInstanceOf(InvalidApiKeyException.class);
    } else if (code == 403) {
      assertThat(thrown).isInstanceOf(WorkspaceScopedKeyException.class);
    } else if (code == 400) {
      assertThat(thrown).isInstanceOf(BadRequestException.class);
    }
  }

  @Test
  void requestTimeoutStatusIsRetried() {
    server.enqueue(status(408));
    server.enqueue(json(ONE_KEY));

    firstKey();

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void interruptWhileWaitingStopsRetryingWithAnInterruptedExceptionAndKeepsTheFlag() {
    client.close();
    client = Fixtures.builder(server)
        .sleeper(duration -> {
          throw new InterruptedException("stop");
        })
        .build();
    server.enqueue(status(503));

    PortkeyInterruptedException thrown = listFails(PortkeyInterruptedException.class);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(thrown).hasMessageContaining("was interrupted while waiting")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
