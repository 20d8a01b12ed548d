package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.events.CallListener;
import io.github.portkeyadmin.events.ImmutableCallFailed;
import io.github.portkeyadmin.events.ImmutableCallRetrying;
import io.github.portkeyadmin.events.ImmutableCallStarted;
import io.github.portkeyadmin.events.ImmutableCallSucceeded;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * Tells a client's {@link CallListener}s about its calls. With no listener, {@link #start} returns
 * a trace that does nothing, so a client without listeners pays for nothing. A listener that
 * throws is logged and skipped: it cannot break a call.
 */
public final class CallEvents {
  private static final System.Logger LOG = System.getLogger("io.github.portkeyadmin.events");

  private final List<CallListener> listeners;
  private final Redactor redactor;

  /**
   * Creates the dispatcher.
   *
   * @param listeners told in order
   * @param redactor removes secrets from what the server sent, e.g. an echoed request id
   */
  public CallEvents(List<CallListener> listeners, Redactor redactor) {
    this.listeners = List.copyOf(listeners);
    this.redactor = redactor;
  }

  /**
   * Whether anyone listens, so the transport knows to measure body sizes.
   *
   * @return {@code true} if there is a listener
   */
  public boolean enabled() {
    return !listeners.isEmpty();
  }

  /**
   * Reports the start of a call.
   *
   * @param request the first attempt's request, tagged by Retrofit with its interface method
   * @param endpoint method and path as messages name it, never the query
   * @return the trace that reports the rest of the call
   */
  Trace start(Request request, String endpoint) {
    if (listeners.isEmpty()) {
      return Trace.SILENT;
    }
    Trace trace = new Trace(this, operation(request), endpoint, System.nanoTime());
    tell(l -> l.callStarted(ImmutableCallStarted.builder()
        .operation(trace.operation).endpoint(trace.endpoint).build()));
    return trace;
  }

  private static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return "unknown";
    }
    Method method = invocation.method();
    Operation name = method.getAnnotation(Operation.class);
    return name != null ? name.value() : method.getName();
  }

  private void tell(Consumer<CallListener> event) {
    for (CallListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        LOG.log(System.Logger.Level.WARNING, "call listener " + listener.getClass().getName()
            + " threw; the call goes on", e);
      }
    }
  }

  /** One call's remaining events. */
  static class Trace {
    static final Trace SILENT = new Trace(null, "", "", 0);

    private final CallEvents events;
    private final String operation;
    private final String endpoint;
    private final long startNanos;

    private Trace(CallEvents events, String operation, String endpoint, long startNanos) {
      this.events = events;
      this.operation = operation;
      this.endpoint = endpoint;
      this.startNanos = startNanos;
    }

    void retrying(int failedAttempt, Duration delay, PortkeyException reason) {
      if (this == SILENT) {
        return;
      }
      events.tell(l -> l.callRetrying(ImmutableCallRetrying.builder()
          .operation(operation).endpoint(endpoint)
          .failedAttempt(failedAttempt).delay(delay).reason(reason).statusCode(status(reason))
          .build()));
    }

    void succeeded(Response<?> response, int attempts) {
      if (this == SILENT) {
        return;
      }
      events.tell(l -> l.callSucceeded(ImmutableCallSucceeded.builder()
          .operation(operation).endpoint(endpoint)
          .statusCode(response.code()).attempts(attempts).duration(elapsed())
          .requestId(Optional.ofNullable(response.headers().get(ErrorMapper.REQUEST_ID_HEADER))
              .map(events.redactor::echo))
          .responseBytes(ResponseBodyLimit.bytesRead(response.raw()))
          .build()));
    }

    void failed(PortkeyException exception) {
      if (this == SILENT) {
        return;
      }
      Optional<String> requestId = exception instanceof PortkeyApiException api
          ? api.requestId() : Optional.empty();
      events.tell(l -> l.callFailed(ImmutableCallFailed.builder()
          .operation(operation).endpoint(endpoint)
          .exception(exception).attempts(exception.attempts()).duration(elapsed())
          .statusCode(status(exception)).requestId(requestId)
          .build()));
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static OptionalInt status(PortkeyException exception) {
      return exception instanceof PortkeyApiException api
          ? OptionalInt.of(api.statusCode()) : OptionalInt.empty();
    }
  }
}
