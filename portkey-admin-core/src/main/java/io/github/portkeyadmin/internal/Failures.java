package io.github.portkeyadmin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.portkeyadmin.errors.MalformedResponseException;
import io.github.portkeyadmin.errors.PortkeyConnectionException;
import io.github.portkeyadmin.errors.PortkeyException;
import io.github.portkeyadmin.errors.ResponseTooLargeException;
import io.github.portkeyadmin.internal.GuardedJsonConverterFactory.Undecodable;
import io.github.portkeyadmin.internal.ResponseBodyLimit.BodyReadException;
import io.github.portkeyadmin.internal.ResponseBodyLimit.TooLarge;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import okhttp3.Request;

/** Names a call and turns its I/O failures into the SDK's exceptions, messages redacted. */
public final class Failures {
  private static final long MIB = 1024 * 1024;

  private final Redactor redactor;
  private final Timeouts timeouts;

  /**
   * Creates the failure mapping of one client.
   *
   * @param redactor removes secrets from messages
   * @param timeouts the configured timeouts, named in messages
   */
  public Failures(Redactor redactor, Timeouts timeouts) {
    this.redactor = redactor;
    this.timeouts = timeouts;
  }

  /**
   * The call as messages name it: method and path, the path redacted and cut to a readable length.
   *
   * @param request the request
   * @return e.g. {@code GET /v1/analytics/graphs/cost}
   */
  String endpoint(Request request) {
    return request.method() + " " + redactor.echo(request.url().encodedPath());
  }

  private String redact(String text) {
    return redactor.redact(String.valueOf(text));
  }

  /**
   * Whether the failure came before any response, so another attempt may fix it.
   *
   * @param failure the I/O failure
   * @return {@code false} once a response arrived and its body was being read
   */
  static boolean beforeResponse(IOException failure) {
    return cause(failure, BodyReadException.class).isEmpty()
        && cause(failure, TooLarge.class).isEmpty()
        && cause(failure, Undecodable.class).isEmpty()
        && !(failure instanceof JsonProcessingException);
  }

  /**
   * The exception for an I/O failure of a call.
   *
   * @param endpoint the call, from {@link #endpoint(Request)}
   * @param failure what went wrong
   * @param attempt the attempts made so far
   * @return the exception to throw
   */
  PortkeyException ofIo(String endpoint, IOException failure, int attempt) {
    String after = ApiCaller.after(attempt);
    Optional<TooLarge> tooLarge = cause(failure, TooLarge.class);
    if (tooLarge.isPresent()) {
      long limit = tooLarge.get().limit;
      return new ResponseTooLargeException(endpoint + " returned a body larger than"
          + " maxResponseBytes (" + bytes(limit) + ", counted after decompression); narrow the"
          + " query (a shorter time range, a smaller pageSize) or raise the limit with"
          + " PortkeyAdminClient.builder().maxResponseBytes(...)", limit, attempt);
    }
    Optional<SocketTimeoutException> timeout = cause(failure, SocketTimeoutException.class);
    if (cause(failure, BodyReadException.class).isPresent()) {
      return timeout.isPresent()
          ? new PortkeyConnectionException(endpoint + " failed while the body was arriving"
              + after + ": " + timeouts.describe(timeout.get()), failure, attempt)
          : new MalformedResponseException(endpoint + " failed" + after + ": "
              + redact(failure.getMessage()), failure, attempt);
    }
    if (failure instanceof JsonProcessingException json) {
      return new MalformedResponseException(endpoint + " returned a body that could not be read"
          + after + ": " + redact(json.getOriginalMessage()), failure, attempt);
    }
    if (cause(failure, Undecodable.class).isPresent()) {
      return new MalformedResponseException(endpoint + " returned a body that could not be read"
          + after + ": " + redact(failure.getMessage()), failure, attempt);
    }
    return new PortkeyConnectionException(endpoint + " failed before a response arrived" + after
        + ": " + redact(timeouts.describe(failure)), failure, attempt);
  }

  private static String bytes(long count) {
    return count % MIB == 0 ? count / MIB + " MiB" : count + " bytes";
  }

  private static <X extends Throwable> Optional<X> cause(Throwable failure, Class<X> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
