package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.portkeyadmin.Sleeper;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.PortkeyApiException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.internal.BufferedJsonConverterFactory.BodyReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one Retrofit call, retrying what is worth retrying, and turns every failure into the SDK's
 * exceptions. Retried: statuses 408, 429, 500, 502, 503, 504 and I/O failures before a response
 * arrived. Never retried: other statuses, and bodies that were cut off or do not parse.
 */
public final class ApiCaller {
  /** Error bodies are read up to this many bytes; the excerpt needs far less. */
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final ErrorMapper errors;
  private final RetryPolicy retries;
  private final Sleeper sleeper;
  private final Timeouts timeouts;
  private final CallEvents events;

  /**
   * Creates a caller.
   *
   * @param errors maps non-2xx responses
   * @param retries when and how long to wait before another attempt
   * @param sleeper waits between attempts
   * @param timeouts the configured timeouts, named in messages
   * @param events told of each call's start, retries and end
   */
  public ApiCaller(ErrorMapper errors, RetryPolicy retries, Sleeper sleeper, Timeouts timeouts,
      CallEvents events) {
    this.errors = errors;
    this.retries = retries;
    this.sleeper = sleeper;
    this.timeouts = timeouts;
    this.events = events;
  }

  /**
   * Executes the call, with retries.
   *
   * @param call the call, not yet executed
   * @param <T> the body type
   * @return the decoded body
   * @throws PortkeyException for a non-2xx status, an I/O failure or an unreadable body, after
   *     the retries the policy allows; {@link PortkeyException#attempts()} says how many
   */
  public <T> T execute(Call<T> call) {
    CallEvents.Trace trace = events.start(call.request());
    try {
      return executeWithRetries(call, trace);
    } catch (PortkeyException e) {
      trace.failed(e);
      throw e;
    }
  }

  private <T> T executeWithRetries(Call<T> call, CallEvents.Trace trace) {
    String endpoint = CallEvents.endpoint(call.request());
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(attempt == 1 ? call : call.clone(), endpoint, attempt, trace);
      } catch (RetryableFailure failure) {
        Optional<Duration> wait = retries.delayAfter(attempt, failure.retryAfter);
        if (wait.isEmpty()) {
          throw failure.exception;
        }
        trace.retrying(attempt, wait.get(), failure.exception);
        sleep(wait.get(), failure.exception);
      }
    }
  }

  private <T> T attempt(Call<T> call, String endpoint, int attempt, CallEvents.Trace trace)
      throws RetryableFailure {
    Response<T> response;
    try {
      response = call.execute();
    } catch (BodyReadException e) {
      throw new MalformedResponseException(
          endpoint + " failed" + after(attempt) + ": " + e.getMessage(), e, attempt);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(endpoint + " returned a body that could not be read"
          + after(attempt) + ": " + e.getOriginalMessage(), e, attempt);
    } catch (IOException e) {
      PortkeyConnectionException failure = new PortkeyConnectionException(endpoint
          + " failed before a response arrived" + after(attempt) + ": " + timeouts.describe(e),
          e, attempt);
      throw new RetryableFailure(failure, Optional.empty());
    }
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

  private void sleep(Duration wait, PortkeyException pending) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.addSuppressed(e);
      throw pending;
    }
  }

  private static String after(int attempt) {
    return attempt > 1 ? " after " + attempt + " attempts" : "";
  }

  private static String errorBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (InputStream in = body.byteStream()) {
      return new String(in.readNBytes(MAX_ERROR_BODY_BYTES), StandardCharsets.UTF_8);
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
