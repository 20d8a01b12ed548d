package io.github.portkeyadmin.logging;

import static io.github.portkeyadmin.support.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * Run by its own Surefire execution, whose classpath has exactly what the README's logging table
 * lists for Log4j 2: log4j-jpl and log4j-core.
 */
class Log4j2BridgeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void theSdksSystemLoggerLinesReachLog4j2ThroughLog4jJpl() {
    List<String> lines = new CopyOnWriteArrayList<>();
    AbstractAppender appender = new AbstractAppender("capture", null, null, true,
        Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        lines.add(event.getLoggerName() + " " + event.getLevel() + " "
            + event.getMessage().getFormattedMessage());
      }
    };
    appender.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration configuration = context.getConfiguration();
    configuration.getRootLogger().addAppender(appender, Level.INFO, null);
    configuration.getRootLogger().setLevel(Level.INFO);
    context.updateLoggers();
    try {
      LoggedCall.run(server);
    } finally {
      configuration.getRootLogger().removeAppender("capture");
      context.updateLoggers();
    }

    assertThat(lines)
        .anyMatch(line -> line.startsWith("io.github.portkeyadmin.http INFO --> GET "))
        .anyMatch(line -> line.contains("x-portkey-api-key: "))
        .allMatch(line -> !line.contains(API_KEY));
  }
}
