package io.github.portkeyadmin.internal;

import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** close() releases pooled connections and the async threads. */
class ResourceReleaseTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private Transport transport() {
    Duration second = Duration.ofSeconds(1);
    return new Transport(new ClientSettings(Fixtures.API_KEY,
        BaseUrls.parse(server.url("/v1/").toString(), false), new Timeouts(second, second, second),
        0, second, 0, HttpLogLevel.NONE, line -> { }, Clock.systemUTC(), Sleeper.THREAD_SLEEP,
        1024 * 1024),
        "test");
  }

  @Test
  void closeEvictsPooledConnectionsAndStopsAsyncThreads() throws Exception {
    server.enqueue(json("{\"total\":0,\"data\":[]}"));
    server.enqueue(json("{\"total\":0,\"data\":[]}"));
    Transport transport = transport();
    DefaultLogExports exports = new DefaultLogExports(transport);

    exports.list();
    exports.listAsync().get();
    assertThat(transport.connectionCount()).isEqualTo(1);

    transport.close();

    assertThat(transport.connectionCount()).isZero();
    assertThat(threadsAlive(transport.async().threadNamePrefix())).isFalse();
  }

  /** Waits up to 5 s for the pool's threads to see the shutdown and exit. */
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
