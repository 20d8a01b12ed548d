package io.github.portkeyadmin.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;

/**
 * Log4j 2's view of every logger at INFO while something runs. Kept out of the test class so that
 * a JVM without Log4j can still discover the test (and skip it).
 */
final class Log4j2Capture {
  private Log4j2Capture() {}

  /** Lines as "logger LEVEL message" that reached Log4j 2 while {@code work} ran. */
  static List<String> linesDuring(Runnable work) {
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
      work.run();
    } finally {
      configuration.getRootLogger().removeAppender("capture");
      context.updateLoggers();
    }
    return lines;
  }
}
