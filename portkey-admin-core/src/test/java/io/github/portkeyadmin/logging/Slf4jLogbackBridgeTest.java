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
 * lists for SLF4J with Logback: slf4j-jdk-platform-logging and logback-classic. Skipped anywhere
 * else (a -Dtest pattern that also matches it in the default execution).
 */
class Slf4jLogbackBridgeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void theSdksSystemLoggerLinesReachLogbackThroughSlf4j() {
    assumeTrue(LoggedCall.inExecution("slf4j-logback"),
        "only in the logging-slf4j-logback execution");

    List<String> lines =
        LogbackCapture.linesDuring("io.github.portkeyadmin.http", () -> LoggedCall.run(server));

    assertThat(lines)
        .anyMatch(line -> line.startsWith("INFO --> GET ") && line.contains("/v1/logs/exports"))
        .anyMatch(line -> line.startsWith("INFO x-portkey-api-key: "))
        .allMatch(line -> !line.contains(API_KEY));
  }
}
