package io.github.portkeyadmin.logging;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Run by its own Surefire execution, whose classpath has exactly what the README's logging table
 * lists for Log4j 2: log4j-jpl and log4j-core. Skipped anywhere else.
 */
class Log4j2BridgeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void theSdksSystemLoggerLinesReachLog4j2ThroughLog4jJpl() {
    assumeTrue(LoggedCall.inExecution("log4j2"),
        "only in the logging-log4j2 execution");

    List<String> lines = Log4j2Capture.linesDuring(() -> LoggedCall.run(server));

    assertThat(lines)
        .anyMatch(line -> line.startsWith("io.github.portkeyadmin.http INFO --> GET "))
        .anyMatch(line -> line.contains("x-portkey-api-key: "))
        .allMatch(line -> !line.contains(API_KEY));
  }
}
