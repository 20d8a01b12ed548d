package io.github.portkeyadmin.security;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.PortkeyAdminClient;
import io.github.portkeyadmin.errors.PortkeyInterruptedException;
import io.github.portkeyadmin.errors.ServerException;
import io.github.portkeyadmin.support.Fixtures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** An interrupted call ends at once, typed, with the interrupt flag still set. */
class InterruptTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();

  /** What a call on another thread threw, and whether its interrupt flag was set afterwards. */
  private record Outcome(Throwable thrown, boolean flagSet) {}

  private static CompletableFuture<Outcome> callOnAnotherThread(
      PortkeyAdminClient client, Thread[] thread) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    thread[0] = new Thread(() -> {
      try {
        client.virtualKeys().list();
        outcome.complete(new Outcome(null, Thread.currentThread().isInterrupted()));
      } catch (Throwable t) {
        outcome.complete(new Outcome(t, Thread.currentThread().isInterrupted()));
      }
    }, "interrupt-test-caller");
    thread[0].start();
    return outcome;
  }

  @Test
  void interruptBeforeACallOnAFreshConnectionThrowsTypedAndSendsNothing() {
    server.enqueue(json(LIST));
    try (PortkeyAdminClient client = Fixtures.client(server)) {
      Thread.currentThread().interrupt();
      Throwable thrown;
      try {
        client.virtualKeys().list();
        thrown = null;
      } catch (Throwable t) {
        thrown = t;
      }

      assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
      assertThat(thrown).isInstanceOf(PortkeyInterruptedException.class)
          .hasMessage("GET /v1/virtual-keys was interrupted before it was sent;"
              + " the thread's interrupt flag is left set");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void interruptWhileAReadIsBlockedCancelsTheRequestAtOnce() throws Exception {
    server.enqueue(new MockResponse.Builder(json(LIST)).headersDelay(5, TimeUnit.SECONDS).build());
    try (PortkeyAdminClient client = Fixtures.client(server)) {
      Thread[] caller = new Thread[1];
      CompletableFuture<Outcome> outcome = callOnAnotherThread(client, caller);
      server.takeRequest(); // the request is out; the caller is now blocked waiting for headers
      Thread.sleep(100);

      caller[0].interrupt();

      // The server would answer in 5 s and the read timeout is 30 s: only the interrupt ends it.
      Outcome result = outcome.get(2, TimeUnit.SECONDS);
      assertThat(result.thrown()).isInstanceOf(PortkeyInterruptedException.class)
          .hasMessageContaining("was interrupted while the request was in flight (it was cancelled)")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(result.flagSet()).isTrue();
    }
  }

  @Test
  void interruptDuringARealRetryWaitEndsTheWaitAtOnce() throws Exception {
    server.enqueue(new MockResponse.Builder(json(503, "{\"message\":\"busy\"}"))
        .addHeader("Retry-After", "20")
        .build());
    try (PortkeyAdminClient client =
        Fixtures.builder(server).maxRetryWait(java.time.Duration.ofSeconds(30)).build()) {
      Thread[] caller = new Thread[1];
      CompletableFuture<Outcome> outcome = callOnAnotherThread(client, caller);
      server.takeRequest();
      Thread.sleep(200); // the 503 is read and the 20 s wait has begun

      caller[0].interrupt();

      Outcome result = outcome.get(2, TimeUnit.SECONDS);
      assertThat(result.thrown()).isInstanceOf(PortkeyInterruptedException.class)
          .hasMessageContaining("was interrupted while waiting 20 s to retry");
      assertThat(result.thrown().getSuppressed()).singleElement()
          .isInstanceOf(ServerException.class);
      assertThat(result.flagSet()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
