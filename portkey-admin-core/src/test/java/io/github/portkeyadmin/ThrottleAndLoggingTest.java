package io.github.portkeyadmin;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static io.github.portkeyadmin.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portkeyadmin.support.Fixtures;
import io.github.portkeyadmin.support.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The optional client-side throttle and HTTP logging. */
class ThrottleAndLoggingTest {
  private static final String LIST = "{\"object\":\"list\",\"total\":0,\"data\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void throttleSpacesRequestsAtTheConfiguredRate() {
    RecordingSleeper time = new RecordingSleeper();
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(LIST));
    }

    try (PortkeyAdminClient client = Fixtures.builder(server)
        .maxRequestsPerSecond(2)
        .sleeper(time)
        .clock(time.clock())
        .build()) {
      for (int i = 0; i < 3; i++) {
        client.logExports().list();
      }
    }

    assertThat(time.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void throttleIsOffByDefault() {
    RecordingSleeper time = new RecordingSleeper();
    server.enqueue(json(LIST));
    server.enqueue(json(LIST));

    try (PortkeyAdminClient client = Fixtures.builder(server).sleeper(time).build()) {
      client.logExports().list();
      client.logExports().list();
    }

    assertThat(time.waits()).isEmpty();
  }

  @Test
  void invalidRateIsRejected() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().maxRequestsPerSecond(0))
        .hasMessageContaining("maxRequestsPerSecond must be a finite number above 0, got 0.0");
    assertThatThrownBy(() -> PortkeyAdminClient.builder().maxRequestsPerSecond(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidRetrySettingsAreRejected() {
    assertThatThrownBy(() -> PortkeyAdminClient.builder().maxRetries(-1))
        .hasMessage("maxRetries must be 0 (no retries) to 10, got -1");
    assertThatThrownBy(() -> PortkeyAdminClient.builder().maxRetryWait(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("maxRetryWait must be >= 0");
  }

  @Test
  void headerLoggingRedactsTheKey() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(json(LIST));

    try (PortkeyAdminClient client =
        Fixtures.builder(server).httpLogging(HttpLogLevel.HEADERS, lines::add).build()) {
      client.logExports().list("ws-1");
    }

    assertThat(lines).anyMatch(line -> line.startsWith("--> GET ") && line.contains("/v1/logs/exports?workspace_id=ws-1"));
    assertThat(lines).anyMatch(line -> line.startsWith("x-portkey-api-key: ") && !line.contains(API_KEY));
    assertThat(lines).anyMatch(line -> line.startsWith("<-- 200"));
    assertThat(String.join("\n", lines)).doesNotContain(API_KEY).doesNotContain("\"total\"");
  }

  @Test
  void basicLoggingGoesToTheSystemLoggerWithoutHeaders() {
    Logger logger = Logger.getLogger("io.github.portkeyadmin.http");
    List<String> records = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    server.enqueue(json(LIST));

    try (PortkeyAdminClient client =
        Fixtures.builder(server).httpLogging(HttpLogLevel.BASIC).build()) {
      client.logExports().list();
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(records).anyMatch(line -> line.startsWith("--> GET "));
    assertThat(records).noneMatch(line -> line.startsWith("x-portkey-api-key"));
  }
}
