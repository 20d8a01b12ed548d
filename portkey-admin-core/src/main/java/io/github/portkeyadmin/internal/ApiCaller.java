package io.github.portkeyadmin.internal;

import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.PortkeyInterruptedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one Retrofit call, retrying what is worth retrying within the whole-call deadline, and
 * turns every failure into the SDK's exceptions. Retried: statuses 408, 429, 500, 502, 503, 504
 * and I/O failures before a response arrived. Never retried: other statuses, and bodies that were
 * cut off, too large or do not parse.
 */
public final class ApiCaller {
  private final ErrorMapper errors;
  private final RetryPolicy retries;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Timeouts timeouts;
  private final Failures failures;
  private final CallEvents events;
  /** Shared with the callers of every per-call view, so that closing the client closes them. */
  private final AtomicBoolean closed;

  /**
   * Creates a caller.
   *
   * @param errors maps non-2xx responses
   * @param retries when and how long to wait before another attempt
   * @param settings the sleeper, clock and timeouts
   * @param failures turns I/O failures into the SDK's exceptions
   * @param events told of each call's start, retries and end
   */
  public ApiCaller(ErrorMapper errors, RetryPolicy retries, ClientSettings settings,
      Failures failures, CallEvents events) {
    this(errors, retries, settings.sleeper(), settings.clock(), settings.timeouts(), failures,
        events, new AtomicBoolean());
  }

  private ApiCaller(ErrorMapper errors, RetryPolicy retries, Sleeper sleeper, Clock clock,
      Timeouts timeouts, Failures failures, CallEvents events, AtomicBoolean closed) {
    this.errors = errors;
    this.retries = retries;
    this.sleeper = sleeper;
    this.clock = clock;
    this.timeouts = timeouts;
    this.failures = failures;
    this.events = events;
    this.closed = closed;
  }

  /**
   * A caller for a per-call view: other retries and deadline, the same everything else, closed
   * with this one.
   *
   * @param viewRetries the view's retry policy
   * @param viewTimeouts the view's timeouts; its call timeout is the whole-call deadline
   * @return the view's caller
   */
  ApiCaller withOptions(RetryPolicy viewRetries, Timeouts viewTimeouts) {
    return new ApiCaller(errors, viewRetries, sleeper, clock, viewTimeouts, failures, events,
        closed);
  }

  /**
   * Executes the call, with retries, within the whole-call timeout.
   *
   * @param call the call, not yet executed
   * @param <T> the body type
   * @return the decoded body
   * @throws IllegalStateException if the client is closed
   * @throws PortkeyException for a non-2xx status, an I/O failure, a timeout, an interrupt or an
   *     unreadable body, after the retries the policy and the deadline allow; {@link
   *     PortkeyException#attempts()} says how many
   */
  public <T> T execute(Call<T> call) {
    requireOpen();
    String endpoint = failures.endpoint(call.request());
    CallEvents.Trace trace = events.start(call.request(), endpoint);
    try {
      return executeWithRetries(call, endpoint, trace);
    } catch (PortkeyException e) {
      trace.failed(e);
      throw e;
    }
  }

  private <T> T executeWithRetries(Call<T> call, String endpoint, CallEvents.Trace trace) {
    Deadline deadline = Deadline.after(timeouts.call(), clock);
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(attempt == 1 ? call : call.clone(), endpoint, attempt, deadline, trace);
      } catch (RetryableFailure failure) {
        Optional<Duration> wait =
            retries.delayAfter(attempt, failure.retryAfter).filter(deadline::allows);
        if (wait.isEmpty()) {
          throw failure.exception;
        }
        trace.retrying(attempt, wait.get(), failure.exception);
        sleep(wait.get(), endpoint, attempt, failure.exception);
      }
    }
  }

  /** Makes every later call fail with {@link IllegalStateException}, views' calls too. */
  void close() {
    closed.set(true);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException(
          "the client is closed; build a new PortkeyAdminClient to make more calls");
    }
  }

  private <T> T attempt(Call<T> call, String endpoint, int attempt, Deadline deadline,
      CallEvents.Trace trace) throws RetryableFailure {
    Response<T> response = send(call, endpoint, attempt, deadline);
    if (!response.isSuccessful()) {
      PortkeyApiException failure =
          errors.map(endpoint, response.raw(), errorBody(response.errorBody()), attempt);
      if (RetryPolicy.isRetryableStatus(response.code())) {
        throw new RetryableFailure(failure, failure.error().retryAfter());
      }
      throw failure;
    }
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException(
          endpoint + " returned HTTP " + response.code() + " with no body", null, attempt);
    }
    trace.succeeded(response, attempt);
    return body;
  }

  private <T> Response<T> send(Call<T> call, String endpoint, int attempt, Deadline deadline)
      throws RetryableFailure {
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted(endpoint, "before it was sent", null, attempt);
    }
    PendingCall<T> pending = PendingCall.enqueue(call);
    try {
      return pending.await(deadline.remaining());
    } catch (InterruptedException e) {
      pending.cancel();
      Thread.currentThread().interrupt();
      throw interrupted(endpoint, "while the request was in flight (it was cancelled)", e, attempt);
    } catch (TimeoutException e) {
      pending.cancel();
      throw new PortkeyConnectionException(endpoint + " failed" + after(attempt) + ": "
          + timeouts.callTimeoutFired(), e, attempt);
    } catch (IOException e) {
      if (closed.get()) {
        throw new PortkeyConnectionException(endpoint + " was cancelled: the client was closed"
            + " while the call was running", e, attempt);
      }
      PortkeyException failure = failures.ofIo(endpoint, e, attempt);
      if (Failures.beforeResponse(e)) {
        throw new RetryableFailure(failure, Optional.empty());
      }
      throw failure;
    }
  }

  private void sleep(Duration wait, String endpoint, int attempt, PortkeyException pending) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      PortkeyInterruptedException interrupted = interrupted(endpoint,
          "while waiting " + Timeouts.format(wait) + " to retry", e, attempt);
      interrupted.addSuppressed(pending);
      throw interrupted;
    }
  }

  private static PortkeyInterruptedException interrupted(
      String endpoint, String phase, InterruptedException cause, int attempt) {
    return new PortkeyInterruptedException(endpoint + " was interrupted " + phase + after(attempt)
        + "; the thread's interrupt flag is left set", cause, attempt);
  }

  static String after(int attempt) {
    return attempt > 1 ? " after " + attempt + " attempts" : "";
  }

  private static String errorBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (InputStream in = body.byteStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** A failed attempt that another attempt may fix. */
  private static final class RetryableFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient PortkeyException exception;
    private final transient Optional<Duration> retryAfter;

    RetryableFailure(PortkeyException exception, Optional<Duration> retryAfter) {
      super(null, null, false, false);
      this.exception = exception;
      this.retryAfter = retryAfter;
    }
  }
}
