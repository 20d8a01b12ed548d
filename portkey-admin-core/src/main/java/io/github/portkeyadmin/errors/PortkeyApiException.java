package io.github.portkeyadmin.errors;

import java.util.Objects;
import java.util.Optional;

/**
 * Portkey answered with a non-2xx status. Subclasses name the common statuses; other statuses are
 * thrown as this class.
 *
 * <p>The message reads {@code GET /v1/... failed with HTTP 403 (AB03): <server message> [request
 * id ...]}, followed, in subclasses, by how to fix it.
 */
public class PortkeyApiException extends PortkeyException {
  private static final long serialVersionUID = 1L;

  /** The details of the response; immutable. */
  private final transient ApiError error;

  /**
   * Creates the exception for a response.
   *
   * @param error what the response said
   */
  public PortkeyApiException(ApiError error) {
    this(error, "");
  }

  /**
   * Creates the exception with advice appended to the message.
   *
   * @param error what the response said
   * @param advice how to fix it; empty for none
   */
  protected PortkeyApiException(ApiError error, String advice) {
    super(describe(error) + (advice.isEmpty() ? "" : ". " + advice), null, error.attempts());
    this.error = Objects.requireNonNull(error, "error == null");
  }

  private static String describe(ApiError error) {
    StringBuilder text = new StringBuilder()
        .append(error.endpoint())
        .append(" failed with HTTP ")
        .append(error.statusCode());
    if (error.attempts() > 1) {
      text.append(" after ").append(error.attempts()).append(" attempts");
    }
    error.errorCode().ifPresent(code -> text.append(" (").append(code).append(')'));
    text.append(": ").append(error.message());
    error.requestId().ifPresent(id -> text.append(" [request id ").append(id).append(']'));
    return text.toString();
  }

  /**
   * The full details of the response.
   *
   * @return the error
   */
  public ApiError error() {
    return error;
  }

  /**
   * The HTTP status code.
   *
   * @return the status
   */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * Portkey's error code ({@code AB01} to {@code AB09}), when the body had one.
   *
   * @return the code, or empty
   */
  public Optional<String> errorCode() {
    return error.errorCode();
  }

  /**
   * The message from the response body, without the SDK's advice.
   *
   * @return the server's message
   */
  public String apiMessage() {
    return error.message();
  }

  /**
   * The {@code x-portkey-request-id} of the response.
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return error.requestId();
  }
}
