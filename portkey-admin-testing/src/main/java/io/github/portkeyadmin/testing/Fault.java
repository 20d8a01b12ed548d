package io.github.portkeyadmin.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A way for a {@link PortkeyTestServer} to answer a request wrongly, on demand: the error answers
 * of the real server in its body shape ({@code {"success":false,"data":{"message":...,
 * "errorCode":...}}}), or a transport failure. Give it to {@link PortkeyTestServer#failNext} or
 * {@link PortkeyTestServer#failAlways}.
 */
public final class Fault {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private enum Kind { STATUS, SLOW, TRUNCATED, MALFORMED, DROPPED }

  private final Kind kind;
  private final int code;
  private final String errorCode;
  private final String message;
  private final Duration delay;

  private Fault(Kind kind, int code, String errorCode, String message, Duration delay) {
    this.kind = kind;
    this.code = code;
    this.errorCode = errorCode;
    this.message = message;
    this.delay = delay;
  }

  private static Fault status(int code, String errorCode, String message) {
    return new Fault(Kind.STATUS, code, errorCode, message, Duration.ZERO);
  }

  /**
   * HTTP 401 with {@code AB05}, "Unauthorised Request": the key is wrong, revoked or expired.
   *
   * @return the fault
   */
  public static Fault unauthorised() {
    return status(401, "AB05", "Unauthorised Request");
  }

  /**
   * HTTP 403 with {@code AB03}: the key lacks the scope, or the resource is outside its workspace.
   *
   * @return the fault
   */
  public static Fault forbidden() {
    return status(403, "AB03", "You do not have enough permissions to perform this action");
  }

  /**
   * HTTP 404 with {@code AB08}.
   *
   * @return the fault
   */
  public static Fault notFound() {
    return status(404, "AB08", "Not found");
  }

  /**
   * HTTP 400 with {@code AB01}, a validation error.
   *
   * @param message what the server says was invalid
   * @return the fault
   */
  public static Fault badRequest(String message) {
    return status(400, "AB01", Objects.requireNonNull(message, "message == null"));
  }

  /**
   * HTTP 429 with {@code AB06} and a {@code Retry-After} header.
   *
   * @param retryAfter the wait the header announces, in whole seconds
   * @return the fault
   */
  public static Fault rateLimited(Duration retryAfter) {
    return new Fault(Kind.STATUS, 429, "AB06", "Too many requests", retryAfter);
  }

  /**
   * A 5xx answer with {@code AB04}.
   *
   * @param code 500 to 599
   * @return the fault
   * @throws IllegalArgumentException for a code outside 500 to 599
   */
  public static Fault serverError(int code) {
    if (code < 500 || code > 599) {
      throw new IllegalArgumentException("a server error is 500 to 599, got " + code);
    }
    return status(code, "AB04", "Internal server error");
  }

  /**
   * The right answer, its body sent only after {@code delay}: for read timeouts.
   *
   * @param delay how long the body waits after the headers
   * @return the fault
   */
  public static Fault slowBody(Duration delay) {
    return new Fault(Kind.SLOW, 200, "", "", delay);
  }

  /**
   * The right answer cut off halfway: the connection closes before the announced length.
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED, 200, "", "", Duration.ZERO);
  }

  /**
   * HTTP 200 with a body that is not JSON.
   *
   * @return the fault
   */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED, 200, "", "", Duration.ZERO);
  }

  /**
   * The connection closes before any response.
   *
   * @return the fault
   */
  public static Fault droppedConnection() {
    return new Fault(Kind.DROPPED, 0, "", "", Duration.ZERO);
  }

  /**
   * The HTTP status the fault answers with, 0 for a dropped connection.
   *
   * @return e.g. 429
   */
  public int statusCode() {
    return code;
  }

  /** The error body of the real server, {@code {success:false, data:{message, errorCode}}}. */
  static ObjectNode errorBody(String errorCode, String message) {
    ObjectNode body = JSON.objectNode().put("success", false);
    body.putObject("data").put("message", message).put("errorCode", errorCode);
    return body;
  }

  /** The answer to send instead of, or made from, the right one. */
  MockResponse apply(MockResponse right) {
    return switch (kind) {
      case STATUS -> {
        MockResponse.Builder answer = PortkeyTestServer.respond(code,
            errorBody(errorCode, message).toString()).newBuilder();
        if (code == 429) {
          answer.setHeader("Retry-After", Long.toString(delay.toSeconds()));
        }
        yield answer.build();
      }
      case SLOW -> right.newBuilder().bodyDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
      case TRUNCATED -> {
        String body = PortkeyTestServer.bodyOf(right);
        yield right.newBuilder().body(body.substring(0, body.length() / 2))
            .setHeader("Content-Length", body.length())
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
      case MALFORMED -> PortkeyTestServer.respond(200, "{\"object\":\"list\",\"data\":[{\"id\":");
      case DROPPED -> new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    };
  }

  /**
   * Names the fault, e.g. {@code Fault[429 AB06, Retry-After 2 s]}.
   *
   * @return a description for test output
   */
  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "Fault[" + code + " " + errorCode
          + (code == 429 ? ", Retry-After " + delay.toSeconds() + " s" : "") + "]";
      case SLOW -> "Fault[slow body, " + delay.toMillis() + " ms]";
      case TRUNCATED -> "Fault[truncated body]";
      case MALFORMED -> "Fault[malformed body]";
      case DROPPED -> "Fault[dropped connection]";
    };
  }
}
