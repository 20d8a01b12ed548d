package io.github.portkeyadmin.logging;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Run by its own Surefire execution, whose classpath has exactly what the README's logging table
 * lists for SLF4J with Logback: slf4j-jdk-platform-logging and logback-classic.
 */
class Slf4jLogbackBridgeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void theSdksSystemLoggerLinesReachLogbackThroughSlf4j() {
    Logger logger = (Logger) LoggerFactory.getLogger("io.github.portkeyadmin.http");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      LoggedCall.run(server);
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.startsWith("--> GET ") && line.contains("/v1/logs/exports"))
        .anyMatch(line -> line.startsWith("x-portkey-api-key: "))
        .allMatch(line -> !line.contains(API_KEY));
    assertThat(appender.list).extracting(event -> event.getLevel().toString()).contains("INFO");
  }
}
