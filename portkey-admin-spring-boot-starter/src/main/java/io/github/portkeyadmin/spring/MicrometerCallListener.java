package io.github.portkeyadmin.spring;

import io.github.portkeyadmin.events.CallFailed;
import io.github.portkeyadmin.events.CallListener;
import io.github.portkeyadmin.events.CallRetrying;
import io.github.portkeyadmin.events.CallSucceeded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Records each call in the {@code portkey.admin.calls} timer and each retry in the {@code
 * portkey.admin.retries} counter. Tags are low-cardinality: the operation name (never the path or
 * query), the status, the outcome and the exception's simple name.
 */
public class MicrometerCallListener implements CallListener {
  /** The timer of calls. */
  public static final String CALLS = "portkey.admin.calls";

  /** The counter of retries. */
  public static final String RETRIES = "portkey.admin.retries";

  /** The status tag when no response arrived. */
  static final String IO_ERROR = "IO_ERROR";

  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the meters go
   */
  public MicrometerCallListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void callSucceeded(CallSucceeded event) {
    record(event.operation(), String.valueOf(event.statusCode()), "SUCCESS", "none",
        event.duration());
  }

  @Override
  public void callFailed(CallFailed event) {
    record(event.operation(), status(event.statusCode()), outcome(event.statusCode()),
        event.exception().getClass().getSimpleName(), event.duration());
  }

  @Override
  public void callRetrying(CallRetrying event) {
    Counter.builder(RETRIES)
        .description("Retries of Portkey Admin API calls, after a retryable failure")
        .tags(Tags.of("operation", event.operation(), "status", status(event.statusCode())))
        .register(registry)
        .increment();
  }

  private void record(String operation, String status, String outcome, String exception,
      Duration duration) {
    Timer.builder(CALLS)
        .description("Portkey Admin API calls, retries and waits included")
        .tags(Tags.of("operation", operation, "status", status, "outcome", outcome,
            "exception", exception))
        .register(registry)
        .record(duration);
  }

  private static String status(OptionalInt status) {
    return status.isPresent() ? String.valueOf(status.getAsInt()) : IO_ERROR;
  }

  private static String outcome(OptionalInt status) {
    int code = status.orElse(0);
    if (code >= 500) {
      return "SERVER_ERROR";
    }
    if (code >= 400) {
      return "CLIENT_ERROR";
    }
    if (code >= 300) {
      return "REDIRECTION";
    }
    return "UNKNOWN";
  }
}
