package io.github.portkeyadmin.events;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.NotFoundException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.RecordingSleeper;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a CallListener is told, in which order, on which thread, and what it can never break. */
class CallEventsTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private PortkeyAdminClient client;

  @BeforeEach
  void open() {
    client = Fixtures.builder(server).maxRetries(2).sleeper(sleeper)
        .addCallListener(listener).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aSuccessfulCallIsStartedThenSucceededWithItsFigures() {
    server.enqueue(answer(200, LIST));

    client.logExports().list("ws-secret-filter");

    assertThat(listener.kinds()).containsExactly(CallStarted.class, CallSucceeded.class);
    CallStarted started = (CallStarted) listener.events.get(0);
    assertThat(started.operation()).isEqualTo("logExports.list");
    assertThat(started.endpoint()).isEqualTo("GET /v1/logs/exports");
    CallSucceeded end = listener.last(CallSucceeded.class);
    assertThat(end.operation()).isEqualTo("logExports.list");
    assertThat(end.endpoint()).isEqualTo("GET /v1/logs/exports");
    assertThat(end.statusCode()).isEqualTo(200);
    assertThat(end.attempts()).isEqualTo(1);
    assertThat(end.duration()).isPositive();
    assertThat(end.requestId()).contains("req-200");
    assertThat(end.responseBytes()).isEqualTo(LIST.length());
    assertThat(listener.events.toString()).doesNotContain("ws-secret-filter").doesNotContain(API_KEY);
  }

  @Test
  void eachRetryIsReportedWithItsAttemptDelayAndReason() {
    server.enqueue(answer(503, "{\"message\":\"busy\"}"));
    server.enqueue(answer(200, LIST));

    client.workspaces().list();

    assertThat(listener.kinds())
        .containsExactly(CallStarted.class, CallRetrying.class, CallSucceeded.class);
    CallRetrying retry = (CallRetrying) listener.events.get(1);
    assertThat(retry.operation()).isEqualTo("workspaces.list");
    assertThat(retry.failedAttempt()).isEqualTo(1);
    assertThat(retry.delay()).isEqualTo(sleeper.waits().get(0));
    assertThat(retry.reason()).isInstanceOf(ServerException.class);
    assertThat(retry.statusCode()).hasValue(503);
    assertThat(listener.last(CallSucceeded.class).attempts()).isEqualTo(2);
  }

  @Test
  void aFailedCallReportsTheExceptionTheCallerGets() {
    server.enqueue(answer(404, "{\"success\":false,\"data\":{\"message\":\"no\",\"errorCode\":\"AB08\"}}"));

    NotFoundException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        NotFoundException.class, () -> client.virtualKeys().get("vk-gone"));

    assertThat(listener.kinds()).containsExactly(CallStarted.class, CallFailed.class);
    CallFailed failed = listener.last(CallFailed.class);
    assertThat(failed.operation()).isEqualTo("virtualKeys.get");
    assertThat(failed.endpoint()).isEqualTo("GET /v1/virtual-keys/vk-gone");
    assertThat(failed.exception()).isSameAs(thrown);
    assertThat(failed.statusCode()).hasValue(404);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.requestId()).contains("req-404");
  }

  @Test
  void aCallThatNeverGotAResponseFailsWithoutAStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    }

    assertThatThrownBy(() -> client.logExports().list())
        .isInstanceOf(PortkeyConnectionException.class);

    assertThat(listener.kinds()).containsExactly(CallStarted.class, CallRetrying.class,
        CallRetrying.class, CallFailed.class);
    CallFailed failed = listener.last(CallFailed.class);
    assertThat(failed.statusCode()).isEmpty();
    assertThat(failed.requestId()).isEmpty();
    assertThat(failed.attempts()).isEqualTo(3);
  }

  @Test
  void aThrowingListenerCannotBreakTheCallOrTheListenersAfterIt() {
    CallListener broken = new CallListener() {
      @Override
      public void callStarted(CallStarted event) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void callSucceeded(CallSucceeded event) {
        throw new AssertionError("listener bug");
      }
    };
    RecordingListener after = new RecordingListener();
    server.enqueue(answer(200, LIST));

    try (PortkeyAdminClient withBroken = Fixtures.builder(server)
        .addCallListener(broken).addCallListener(after).build()) {
      assertThat(withBroken.logExports().list()).isEmpty();
    }

    assertThat(after.kinds()).containsExactly(CallStarted.class, CallSucceeded.class);
  }

  @Test
  void asyncCallsReportTheSameEventsFromTheClientsThread() {
    server.enqueue(answer(200, LIST));

    client.logExports().listAsync().join();

    assertThat(listener.kinds()).containsExactly(CallStarted.class, CallSucceeded.class);
    assertThat(listener.threads).allMatch(name -> name.startsWith("portkey-admin-async-"));
  }

  @Test
  void aPerCallViewReportsToTheClientsListeners() {
    server.enqueue(answer(503, "{}"));

    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(0)).logExports().list())
        .isInstanceOf(ServerException.class);

    assertThat(listener.kinds()).containsExactly(CallStarted.class, CallFailed.class);
  }

  @Test
  void rawCallsAreOneOperationWhateverThePath() {
    server.enqueue(answer(200, "{\"data\":[]}"));

    client.raw().get("analytics/groups/workspaces");

    assertThat(listener.last(CallSucceeded.class).operation()).isEqualTo("raw.get");
    assertThat(List.of(listener.last(CallSucceeded.class).endpoint()))
        .containsExactly("GET /v1/analytics/groups/workspaces");
  }

  private static MockResponse answer(int code, String body) {
    return Fixtures.json(code, body).newBuilder().addHeader("x-portkey-request-id", "req-" + code)
        .build();
  }
}
