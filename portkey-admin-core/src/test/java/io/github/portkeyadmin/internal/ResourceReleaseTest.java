package io.github.portkeyadmin.internal;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.support.EstablishedSockets;
import io.github.portkeyadmin.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** close() is final: it cancels calls in flight and releases connections and threads. */
class ResourceReleaseTest {
  private static final String LIST = "{\"total\":0,\"data\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();

  private Transport transport() {
    Duration timeout = Duration.ofSeconds(30);
    return new Transport(new ClientSettings(Fixtures.API_KEY,
        BaseUrls.parse(server.url("/v1/").toString(), false),
        new Timeouts(timeout, timeout, timeout), 0, timeout, 0, HttpLogLevel.NONE, line -> { },
        Clock.systemUTC(), Sleeper.THREAD_SLEEP, 1024 * 1024, Network.DEFAULT, List.of()),
        "test");
  }

  @Test
  void closeEvictsPooledConnectionsAndStopsAsyncThreads() throws Exception {
    server.enqueue(json(LIST));
    server.enqueue(json(LIST));
    Transport transport = transport();
    DefaultLogExports exports = new DefaultLogExports(transport);

    exports.list();
    exports.listAsync().get();
    assertThat(transport.connectionCount()).isEqualTo(1);

    transport.close();

    assertThat(transport.connectionCount()).isZero();
    assertThat(threadsAlive(transport.async().threadNamePrefix())).isFalse();
    assertThat(threadsAlive(transport.httpThreadNamePrefix())).isFalse();
  }

  @Test
  void everyCallAfterCloseThrowsIllegalStateAndSendsNothing() {
    Transport transport = transport();
    DefaultLogExports exports = new DefaultLogExports(transport);
    transport.close();

    assertThatThrownBy(exports::list).isInstanceOf(IllegalStateException.class)
        .hasMessage("the client is closed; build a new PortkeyAdminClient to make more calls");
    assertThatThrownBy(exports::listAsync).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the client is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closeCancelsACallInFlightAndLeavesNoThreadOrSocket() throws Exception {
    server.enqueue(new MockResponse.Builder(json(LIST)).headersDelay(5, TimeUnit.SECONDS).build());
    Transport transport = transport();
    DefaultLogExports exports = new DefaultLogExports(transport);
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        exports.list();
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(t);
      }
    });
    caller.start();
    server.takeRequest();
    if (EstablishedSockets.readable()) {
      assertThat(EstablishedSockets.to(server.getPort())).isEqualTo(1);
    }

    transport.close();

    assertThat(outcome.get(2, TimeUnit.SECONDS)).isInstanceOf(PortkeyConnectionException.class)
        .hasMessage("GET /v1/logs/exports was cancelled: the client was closed while the call"
            + " was running");
    assertThat(transport.connectionCount()).isZero();
    assertThat(threadsAlive(transport.httpThreadNamePrefix())).isFalse();
    assertThat(threadsAlive(transport.async().threadNamePrefix())).isFalse();
    assumeThat(EstablishedSockets.readable()).as("/proc/net/tcp readable").isTrue();
    assertThat(EstablishedSockets.to(server.getPort())).isZero();
  }

  /** Waits up to 5 s for a pool's threads to see the shutdown and exit. */
  private static boolean threadsAlive(String namePrefix) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      boolean alive = Thread.getAllStackTraces().keySet().stream()
          .anyMatch(thread -> thread.getName().startsWith(namePrefix));
      if (!alive) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }
}
