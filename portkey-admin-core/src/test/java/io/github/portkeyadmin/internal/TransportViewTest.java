package io.github.portkeyadmin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portkeyadmin.CallOptions;
import io.github.portkeyadmin.HttpLogLevel;
import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A view made for per-call options reuses the client's one connection pool and dispatcher. */
class TransportViewTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void everyKindOfViewSharesTheConnectionPoolAndDispatcher() {
    Duration second = Duration.ofSeconds(1);
    try (Transport transport = new Transport(new ClientSettings(Fixtures.API_KEY,
        BaseUrls.parse(server.url("/v1/").toString(), false), new Timeouts(second, second, second),
        0, second, 0, HttpLogLevel.NONE, line -> { }, Clock.systemUTC(), Sleeper.THREAD_SLEEP,
        1024 * 1024, Network.DEFAULT, List.of()), "test")) {
      Transport retriesOnly = transport.withOptions(CallOptions.builder().maxRetries(3).build());
      Transport everything = transport.withOptions(CallOptions.builder()
          .maxRetries(0).callTimeout(Duration.ofSeconds(5)).header("x-a", "b").build());

      assertThat(retriesOnly.sharesConnectionsWith(transport)).isTrue();
      assertThat(everything.sharesConnectionsWith(transport)).isTrue();
      assertThat(everything.async()).isSameAs(transport.async());
      assertThat(retriesOnly.api()).isSameAs(transport.api());
    }
  }
}
