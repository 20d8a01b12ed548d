package io.github.portkeyadmin.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Logback's view of one logger while something runs. Kept out of the test class so that a JVM
 * without Logback can still discover the test (and skip it).
 */
final class LogbackCapture {
  private LogbackCapture() {}

  /** Lines as "LEVEL message" that reached Logback's logger {@code name} while {@code work} ran. */
  static List<String> linesDuring(String name, Runnable work) {
    Logger logger = (Logger) LoggerFactory.getLogger(name);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      work.run();
    } finally {
      logger.detachAppender(appender);
    }
    return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }
}
